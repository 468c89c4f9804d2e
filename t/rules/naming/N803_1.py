# N803: every argument name is lowercase: positional-only, keyword-only, *args and
# **kwargs too, each reported (pep8-naming 0.10, Debian's, stops at the first of a def;
# its later releases and ruff report them all: naming-known.txt, `peer-version`).
# Lambdas are not checked (pep8-naming never looked at them).
def f(Posonly, /, b, Arg, *Args, kwOnly, **KW):
    pass


def g(a, b=1, *args, c, **kwargs):
    pass


def h(_, __, x1):
    pass


handler = lambda Event: Event
