match value:
    case 1:
        pass
    case _:
        pass
