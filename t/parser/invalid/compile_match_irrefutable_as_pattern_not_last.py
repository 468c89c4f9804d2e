match value:
    case (inner as outer):
        pass
    case 1:
        pass
