# Two with-items, not one tuple.
with (a, b):
    pass
