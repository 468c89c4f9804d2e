with (open(a) as f g):
    pass
