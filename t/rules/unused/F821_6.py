# PEP 695: type parameters are bound in a scope of their own, seen by the def's
# annotations and body and the class's bases and body; an alias's value is evaluated
# lazily.
class Box[T]:
    item: T

    def get[S](self, default: S) -> T | S:
        return default


type Pair[K] = tuple[K, Later]


class Later:
    pass


def f[U](x: U) -> U:
    return x, T
