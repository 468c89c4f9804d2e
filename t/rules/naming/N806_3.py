# N806: comprehension and walrus targets are found wherever the expression stands, however
# deep: each case binds a name that is not lowercase and must be reported once.
from __future__ import annotations


def deco(*args, **kwargs):
    return lambda f: f


def f(items, text):
    nested = [[Inner for Inner in Outer] for Outer in [[Deep for Deep in items]]]
    total = sum(Gen for Gen in items)
    assert all(Checked for Checked in items)
    described = f"{[Shown for Shown in items]}"
    call = lambda: {Key: Val for Key, Val in items}
    walrused = [Inside := i for i in items]
    if any((Any := x) for x in items):
        pass
    annotated: [Ann for Ann in items] = 1
    return nested, total, described, call, walrused, annotated, text


def outer():
    @deco([Decorated for Decorated in range(3)])
    def g(default=[Defaulted for Defaulted in range(3)]):
        raise ValueError({Raised for Raised in default})

    return g


def h():
    # not reported: a `for` and a `:=` in a comment or a string bind nothing
    lowered = "for Quoted in text := Nothing"
    return [Returned for Returned in range(3)], lowered
