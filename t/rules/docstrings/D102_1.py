"""D102: a public method of a public class without a docstring."""


class Public:
    """A public class."""

    def method(self):
        pass

    def _private(self):
        pass

    async def fetch(self):
        pass

    def __call__(self):
        pass

    def __new__(cls):
        pass

    @property
    def value(self):
        """The value."""

    @value.setter
    def value(self, v):
        pass

    @value.deleter
    def value(self):
        pass

    def documented(self):
        """Documented."""

    def outer(self):
        """Nested functions are never public."""
        def inner():
            pass
        return inner


class _Private:
    def method(self):
        pass
