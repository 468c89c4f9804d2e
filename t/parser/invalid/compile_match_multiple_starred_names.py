match items:
    case [first, *middle, *rest]:
        pass
