"""Drawing, with its types imported for the type checker only."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pkg import shapes

__all__ = ["circle", "square"]


def circle(c: "shapes.Circle") -> None:
    """A chain on an import, in a string annotation, reads what it names."""
    print(c)


def square(s):  # type: (shapes.Square) -> None
    """So does one in a type comment."""
    print(s)
