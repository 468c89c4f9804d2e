match value:
    case -1:
        pass
    case -1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0j:
        pass
    case -0j:
        pass
    case 1.5e3 + 0.5j:
        pass
