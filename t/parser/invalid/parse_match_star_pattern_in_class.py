match p:
    case Point(*rest):
        pass
