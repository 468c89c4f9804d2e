match value:
    case [1, name]:
        pass
    case other:
        pass
