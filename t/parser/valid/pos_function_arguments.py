def f(a: int, /, b=1, *args: str, c, d: bool = True, **kwargs) -> None:
    pass
