match items:
    case [first, *__debug__]:
        pass
