for None in items:
    pass
