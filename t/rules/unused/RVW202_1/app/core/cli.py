"""A console script's module."""


# Good: named by the entry point in setup.py.
def main():
    """Runs the application."""
    return 0


# Bad: nothing calls it.
def unused_command():
    """Does nothing anybody asked for."""
    return 1
