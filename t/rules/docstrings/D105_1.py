"""D105: a magic method of a public class without a docstring; __init__ is D107's, and
__new__ and __call__ are D102's.  `__` alone counts as magic (pydocstyle's and ruff's
reading)."""


class Vector:
    """A vector."""

    def __len__(self):
        return 0

    def __eq__(self, other):
        return True

    def __(self):
        pass

    def __hash__(self):
        """Documented."""
        return 0


class _Hidden:
    def __len__(self):
        return 0
