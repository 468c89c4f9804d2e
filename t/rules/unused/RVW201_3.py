# RVW201 stays quiet in a module that reads its names by string (globals()).
_handlers = {}
_helper = 1


def lookup(name):
    return globals()[name]
