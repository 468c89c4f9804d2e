match pair:
    case [a, b] as a:
        pass
