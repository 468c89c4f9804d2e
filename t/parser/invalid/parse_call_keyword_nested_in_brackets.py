data = [
    transform(item, mode=fast, item.key=1)
    for item in items
]
