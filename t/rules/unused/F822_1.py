# F822: a name __all__ exports that the module never binds (not reported in an
# __init__.py, nor with a star import: then F405).
import os

__all__ = ["os", "missing"]
__all__ += ["also_missing"]
