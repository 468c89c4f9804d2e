with (a for a in b):
    pass
