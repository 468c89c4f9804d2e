match value:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b, c:
        pass
    case [a, *rest]:
        pass
    case [first, *_, last]:
        pass
    case [*_]:
        pass
