# F401 and __all__ (RULES.md 2.1): a name listed in __all__ is used, whichever form
# builds the list: a list, a tuple, `+` of lists, `+=`, `.extend` and `.append` (pyflakes
# 2.5 reads neither `.extend` nor `.append`, and reports `pathsep` and `sep` as unused:
# the pyflakes-known.txt entry of subprocess.py comes from that).  `getcwd` is in no
# list: reported.
from os import curdir, pardir, extsep, altsep, pathsep, sep, defpath, getcwd

__all__ = ["curdir"]
__all__ = __all__ + ["pardir"]
__all__ = ["curdir", "pardir"] + ["extsep"] + ("altsep",)
__all__ += ["defpath"]
__all__.extend(["pathsep"])
__all__.append("sep")
