match record:
    case {1: a, True: b}:
        pass
