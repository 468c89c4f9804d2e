match value:
    case (1):
        pass
    case (Color.RED):
        pass
    case ((x)):
        pass
