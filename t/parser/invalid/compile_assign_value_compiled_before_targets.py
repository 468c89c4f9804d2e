[*head, *tail] = copy = *items
