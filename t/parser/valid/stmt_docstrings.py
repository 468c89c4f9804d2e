"""Module docstring."""


class Documented:
    """Class docstring."""

    def method(self):
        """Method docstring,
        spanning lines."""
        return None


def function():
    'single-quoted docstring'


async def coroutine():
    r"""raw docstring with \n escapes kept"""
