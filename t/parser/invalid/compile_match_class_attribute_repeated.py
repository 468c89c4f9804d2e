match point:
    case Point(x=0, x=1):
        pass
