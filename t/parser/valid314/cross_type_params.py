# Cross-check (valid in 3.13): PEP 695 type parameters and PEP 696 defaults.
type Alias[T] = list[T]
type Pair[K, V = int] = dict[K, V]


def first[T: (int, str), *Ts = *tuple[int], **P = [int]](x: T, *a: *Ts) -> T:
    return x


class Box[T = object, U: int = bool]:
    def get[S](self, s: S) -> S:
        return s
