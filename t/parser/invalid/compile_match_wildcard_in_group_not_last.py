match value:
    case (_ | 0):
        pass
    case 1:
        pass
