# In a package's __init__.py an unused import is likely meant as its interface: ruff's
# message says so.  `from . import y as y` re-exports; names in __all__ are used; an
# undefined name in __all__ is not reported here (F822 skips __init__.py); __path__ is
# defined.
import os
from . import sub as sub
from . import other
from .sub import helper

__all__ = ["helper", "not_defined_here"]
print(__path__)
