def f(
    a,
):
    return (
        a
    )
class C(
    Base,
):
    x = [
        1,
    ]
