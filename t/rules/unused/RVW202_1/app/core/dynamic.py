"""A module that reads its globals by name: nothing in it is reported."""

HANDLER_A = 1


def lookup(name):
    """Finds a module-level name at run time."""
    return globals()[name]
