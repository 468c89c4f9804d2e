# PLR0913: positional and keyword-only parameters but *args and **kwargs, less the dummies
# (`_x`); a method's self or cls does not count, a staticmethod's first does; overrides and
# overloads are exempt.
import typing


def f(a, b, c, /, d, e, *args, g, **kwargs):
    pass


def five(a, b, c, d, e, _unused, *args):
    pass


class C:
    def m(self, a, b, c, d, e):
        pass

    def n(self, a, b, c, d, e, f):
        pass

    @staticmethod
    def s(a, b, c, d, e, f):
        pass

    @classmethod
    def k(cls, a, b, c, d, e):
        pass

    @typing.override
    def o(self, a, b, c, d, e, f):
        pass
