for item in source:
    yield from item
