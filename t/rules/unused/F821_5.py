# String annotations are parsed and resolved, and an undefined name is placed where it
# stands inside the string.  Literal[...] holds strings that are no annotations.
from typing import Literal


def f(a: "Undefined1", b: "list[Undefined2]") -> Literal["not a name"]:
    pass
