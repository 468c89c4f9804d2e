def identity[T](x: T) -> T:
    return x
def bounded[T: int](x: T) -> T:
    return x
def constrained[T: (int, str)](x: T) -> T:
    return x
def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def spec[**P](f: Callable[P, int]) -> Callable[P, int]:
    return f
def mixed[T, *Ts, **P]():
    pass
