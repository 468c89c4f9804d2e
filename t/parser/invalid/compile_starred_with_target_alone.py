with open(path) as *handles:
    pass
