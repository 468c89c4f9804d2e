match value:
    case {}:
        pass
    case {"a": 1, "b": x}:
        pass
    case {"key": [a, b], **rest}:
        pass
    case {1: _, Color.RED: y, -1: z, None: n, False: f}:
        pass
    case {**everything}:
        pass
    case {"trailing": 1,}:
        pass
    case {1 + 2j: c, b"b": d}:
        pass
