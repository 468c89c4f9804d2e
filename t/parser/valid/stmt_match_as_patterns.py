match value:
    case [1, 2] as pair:
        pass
    case (1 | 2) as small:
        pass
    case int() as number:
        pass
    case [_ as first, *_] as whole:
        pass
    case {"k": (str() as s)}:
        pass
