for *a, b, *c in rows:
    pass
