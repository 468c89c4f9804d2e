class Box[T]:
    value: T
class Mapping[K, V](Base[K, V], metaclass=Meta):
    pass
class Bounded[T: Hashable, S: (int, float)]:
    pass
class Variadic[*Ts, **P]:
    pass
