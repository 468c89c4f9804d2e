"""D103: a public function without a docstring; private and nested ones need none, nor
@overload stubs."""
import typing
from typing import overload


def public():
    pass


async def fetch():
    pass


def _private():
    pass


def documented():
    """Documented."""
    def nested():
        pass
    return nested


@overload
def convert(x: int) -> int: ...
@typing.overload
def convert(x: str) -> str: ...
def convert(x):
    """Convert."""
    return x


if True:
    def conditional():
        pass
