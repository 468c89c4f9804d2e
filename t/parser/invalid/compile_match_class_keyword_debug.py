match shape:
    case Circle(__debug__=1):
        pass
