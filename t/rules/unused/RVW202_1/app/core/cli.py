"""A console script's module."""


# Good: named by the entry point in setup.py.
def main():
    """Runs the application."""
    return 0


# Bad: nothing calls it.
def unused_command():
    """Does nothing anybody asked for."""
    return 1


# Good: [project.scripts] in pyproject.toml names it.
def admin():
    """Runs the administration console."""
    return 2


# Good: [project.gui-scripts] names a method of it.
class Window:
    """The application's window."""

    def run(self):
        """Shows the window."""
        return self
