def apply[T](x: T) -> T:
    nonlocal T
    return x
