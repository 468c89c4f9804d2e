"""`regular.tools` to the __init__.py files, `ns_pkg.regular.tools` to its importers."""


def helper():  # imported by app/main.py from ns_pkg.regular.tools: not reported
    """Help."""
    return 1


def unused_helper():  # read nowhere: RVW202
    """Help nobody."""
    return 2
