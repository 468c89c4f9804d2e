def apply[T](value: T) -> T:
    def inner():
        nonlocal T
    return value
