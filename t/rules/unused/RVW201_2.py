# RVW201 stays quiet: each private name below is read, exported, or excused.
from typing import TypeVar
import _thread as _thread_mod   # imports are F401's (here: read below)

_ = print                  # `_` is the throwaway name
__version__ = "1.0"        # dunders are module metadata
_T = TypeVar("_T")         # read in an annotation below
_in_string = 1             # read in a string annotation below
_exported = 2              # listed in __all__
_by_name = 3               # spelled in a string: getattr(module, "_by_name")
_in_function = 4           # read by a function
_in_class = 5              # read by a class body
_deleted = 6               # `del` marks it handled
_rebound = 7               # read through `global` in a function

__all__ = ["_exported", "first"]


def first(items: list[_T]) -> "_T | _in_string":
    return items[0] if items else _in_function


class Box:
    size = _in_class


def bump():
    global _rebound
    _rebound += 1


@Box
def _registered():         # a decorator may register it
    pass


for _i in range(2):        # loop names are bound to be dropped
    pass

del _deleted
KEY = "_by_name"
lock = _thread_mod.allocate_lock()
