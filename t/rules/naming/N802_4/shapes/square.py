"""Subclasses of a base class defined in another file of the tree."""
from shapes import base
from shapes.base import Plain, Shape


# Good: drawOutline overrides Shape.drawOutline (shapes/base.py): the base chose the name.
class Square(Shape):
    def drawOutline(self):
        pass


# Good: the same, with the base named through its module.
class Circle(base.Shape):
    def drawOutline(self):
        pass


# Good: through a class of this file that derives from the other file's.
class RoundedSquare(Square):
    def drawOutline(self):
        pass


# Bad: Plain (shapes/base.py) has no such method: the name is chosen here.
class Line(Plain):
    def drawOutline(self):
        pass


# Bad: a base outside the tree decides nothing that pyreview can see.
class Other(Unknown):
    def drawOutline(self):
        pass
