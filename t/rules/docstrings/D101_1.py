"""D101: a public class without a docstring; a private one, or one in a function, needs none."""


class Public:
    pass


class _Private:
    pass


class Documented:
    """Documented."""


def factory():
    """Make a class."""
    class Local:
        pass
    return Local
