match x:
    case 1 as obj.attr:
        pass
