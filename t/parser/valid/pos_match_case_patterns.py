match subject:
    case [1, *rest] | {"k": rest}:
        pass
    case Point(x=0, y=yy) as p if yy:
        pass
    case -1 | 1 + 2j:
        pass
