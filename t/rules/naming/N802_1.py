# N802: function and method names are lowercase.  Not reported: the names of
# ignore-names (unittest's setUp and friends), a method marked @override (its name is
# chosen by the class it overrides), and an @overload stub (the name is reported on the
# implementation, once).
import typing
from typing import overload, override


def camelCase():
    pass


async def asyncCamel():
    pass


def snake_case():
    pass


def setUpModule():
    pass


class Widget:
    def doThing(self):
        pass

    def __magic__(self):
        pass

    def setUp(self):
        pass

    @override
    def paintEvent(self):
        pass

    @typing.override
    def resizeEvent(self):
        pass


@overload
def parseValue(x: int) -> int: ...
@overload
def parseValue(x: str) -> str: ...
def parseValue(x):
    return x
