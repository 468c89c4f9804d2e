match value:
    case 1,:
        pass
    case *head, tail:
        pass
    case first, *rest:
        pass
