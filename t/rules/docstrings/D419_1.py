"""   """
# D419: an empty or blank docstring, on a module, a class, a function, private or not
# (the docstring of the last function is a no-break space).


class Public:
    ""


def _private():
    """

    """


def documented():
    """Not empty."""


def uni():
    """ """
