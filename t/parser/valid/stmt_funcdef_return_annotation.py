def f() -> int:
    return 1
def g(x) -> "forward.Ref":
    pass
def h() -> list[int] | None:
    pass
def k() -> (yield_type := int):
    pass
