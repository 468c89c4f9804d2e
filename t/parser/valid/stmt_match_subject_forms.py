match x, y:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match -x:
    case _: pass
match f(x):
    case _: pass
match [a, b]:
    case _: pass
match x,:
    case _: pass
match {1: 2}:
    case _: pass
match (yield_ := compute()):
    case _: pass
match not_a_keyword.attr:
    case _: pass
