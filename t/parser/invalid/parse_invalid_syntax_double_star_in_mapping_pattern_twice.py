match x:
    case {"a": 1, **rest, **other}:
        pass
