def f(a: int, b: str = "", *args: int, c: bool = False, **kwargs: object) -> None:
    pass
def g(x: "str", y: list[int] | None = None) -> dict[str, int]:
    pass
def h(self, other: "Self", /) -> bool:
    pass
def k(callback: Callable[..., Any] = print):
    pass
