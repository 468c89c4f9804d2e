"""Shapes: the package re-exports its base class."""
from shapes.base import Shape as Shape
