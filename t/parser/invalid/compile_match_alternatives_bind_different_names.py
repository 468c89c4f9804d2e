match value:
    case [x] | [y]:
        pass
