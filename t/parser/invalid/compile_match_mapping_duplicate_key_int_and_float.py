match record:
    case {1: a, 1.0: b}:
        pass
