match value:
    case 1 | 2 | 3:
        pass
    case [x] | (x, _):
        pass
    case "a" | "b" as letter:
        pass
    case (Point(x=0) | Point(y=0)):
        pass
