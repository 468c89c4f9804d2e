# C901 in radon's model: a match counts one per case, less one when a case is a wildcard or
# a capture (radon 6; Debian's radon 5.1 has no match support and counts nothing, the
# difference t/radon-compare.sh lists).  Classes defined inside a def are not rated.
def f(x):
    match x:
        case 1:
            pass
        case 2:
            pass
        case _:
            pass


def g(x):
    class Inner:
        def m(self):
            if x:
                pass

    match x:
        case [y]:
            pass
        case y:
            pass
    return Inner
