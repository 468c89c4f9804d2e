match value:
    case 1 | other | 2:
        pass
