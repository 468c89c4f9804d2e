match value:
    case x if x > 0:
        pass
    case _:
        pass
