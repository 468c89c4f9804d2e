"""D102 and inherited documentation: a method that overrides one a base class of this
file documents needs no docstring of its own (pydocstyle reports it:
docstrings-known.txt, `exemption`), nor one marked @override; when the base leaves the
method undocumented, or its docstring is blank, both are reported."""
from typing import override


class Base:
    """A base."""

    def read(self):
        """Read everything."""

    def write(self, data):
        pass

    def close(self):
        """  """

    def __enter__(self):
        """Enter the context."""


class Middle(Base):
    """A subclass."""


class Child(Middle):
    """A grandchild: it inherits Base's documentation too."""

    def read(self):
        pass

    def write(self, data):
        pass

    def close(self):
        pass

    def __enter__(self):
        pass

    @override
    def flush(self):
        pass
