case = 1
case(2)
case.attr = 3
match value:
    case case_:
        case = case_
