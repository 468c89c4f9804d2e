"""D107: __init__ of a public class without a docstring."""


class Public:
    """Public."""

    def __init__(self):
        pass


class Documented:
    """Documented."""

    def __init__(self):
        """Set up."""


class _Private:
    def __init__(self):
        pass
