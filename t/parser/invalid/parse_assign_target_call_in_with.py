with open(path) as f():
    pass
