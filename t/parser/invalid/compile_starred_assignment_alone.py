*rest = items
