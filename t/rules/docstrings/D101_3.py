"""D101 and an __all__ that cannot be read without running the module: the names are
public by their underscore, as without __all__."""
import os

__all__ = ["Listed"] + os.__all__


class Listed:
    pass


class Other:
    pass
