match p:
    case Point(x=):
        pass
