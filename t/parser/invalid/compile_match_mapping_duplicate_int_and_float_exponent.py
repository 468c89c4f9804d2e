match table:
    case {1e22: a, 10000000000000000000000: b}:
        pass
