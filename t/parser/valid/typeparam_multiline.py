def f[
    T: int,
    U = str,
](
    a: T,
    b: U,
) -> None:
    pass
