match value:
    case 0:
        pass
    case 1.5:
        pass
    case "text":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
