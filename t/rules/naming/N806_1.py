# N806: the names a function binds are lowercase, wherever they are bound: assignments
# (in tuples and lists too), for and with targets, except names, walrus targets,
# annotated assignments and comprehension targets.  Not reported: names declared global,
# assignments to attributes and subscripts, augmented assignments.
import collections


def f(items, obj):
    global CONFIG
    CONFIG = 1
    Total = 0
    a, (B, *Rest) = 1, (2, 3)
    for Item in items:
        pass
    with open("x") as Handle:
        pass
    try:
        pass
    except ValueError as Err:
        pass
    if (Found := 1):
        pass
    Typed: int = 1
    squares = [X * X for X in items]
    obj.Attr = 1
    obj["Key"] = 1
    Total += 1
    return Total, a, B, Rest, Found, Typed, squares, collections
