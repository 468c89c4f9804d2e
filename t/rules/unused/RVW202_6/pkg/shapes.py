"""Classes another module names only in string annotations and type comments."""


class Circle:
    """Read in a string annotation of pkg/draw.py (`"shapes.Circle"`): not reported."""


class Square:
    """Read in a type comment of pkg/draw.py (`# type: (shapes.Square) -> None`): not reported."""


class Triangle:
    """Named nowhere: RVW202."""
