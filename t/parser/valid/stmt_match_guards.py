match point:
    case (x, y) if x == y:
        pass
    case (x, y) if (z := x + y) > 10:
        pass
    case Point(x=x) if x > 0 and not skip:
        pass
    case _ if fallback:
        pass
    case _:
        pass
