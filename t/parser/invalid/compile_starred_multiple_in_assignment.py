*head, *tail = items
