# C901 in mccabe's model (flake8's): a try adds a path per handler and one more; a finally
# body is never looked into; match is a simple statement; units at module and class level
# are graphs ("If 37"), whose nested defs are folded in; methods are named Class.method.
def f1():
    try:
        pass
    except ValueError:
        pass


def f2(a):
    try:
        pass
    finally:
        if a:
            pass


def f3(x):
    match x:
        case 1:
            if x:
                pass
        case _:
            pass


class C:
    def m(self, a):
        def inner():
            if a:
                pass

        return inner


if a:
    def g(b):
        if b:
            pass
