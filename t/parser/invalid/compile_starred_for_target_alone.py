for *rest in items:
    pass
