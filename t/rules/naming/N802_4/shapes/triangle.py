"""A subclass of a base class the package re-exports."""
import shapes


# Good: shapes.Shape is shapes/base.py's Shape, re-exported by shapes/__init__.py.
class Triangle(shapes.Shape):
    def drawOutline(self):
        pass
