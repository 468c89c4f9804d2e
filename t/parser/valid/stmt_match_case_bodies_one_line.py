match x:
    case 1: a = 1; b = 2
    case 2: pass
