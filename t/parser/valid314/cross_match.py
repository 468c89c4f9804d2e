# Cross-check (valid in 3.13): structural pattern matching.
def where(point):
    match point:
        case (0, 0):
            return "origin"
        case {"x": x, "y": 0, **rest}:
            return x, rest
        case Point(x=0, y=y) | Point(x=y, y=0) if y > 0:
            return y
        case [1, *others] as whole:
            return others, whole
        case str() | bytes():
            return None
        case -1 | 1.5 | 2 + 3j | None | True:
            return 0
        case _:
            return point


class Point:
    __match_args__ = ("x", "y")
