match value:
    case (1 as inner) as outer:
        pass
    case [(a as b), *rest] if b:
        pass
