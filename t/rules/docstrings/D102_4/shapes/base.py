"""A documented base class."""


class Shape:
    """A shape."""

    def area(self):
        """The area of the shape, in square units."""
        raise NotImplementedError

    # Bad: public and undocumented.
    def perimeter(self):
        raise NotImplementedError
