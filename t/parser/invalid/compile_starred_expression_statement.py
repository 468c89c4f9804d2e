*items
