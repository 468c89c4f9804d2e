# No F811 where the two bindings are alternatives: both branches of an `if`, a `try`
# and its handler, or an overload; nor when the first was read before.
import sys
from typing import overload

if sys.platform == "win32":
    def g():
        pass
else:
    def g():
        pass

try:
    from json import loads
except ImportError:
    def loads(s):
        pass


@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x


import os
os.getcwd()
import os
os.getcwd()
