match x:
    # a comment before the first case

    case 1:
        pass
        # trailing comment in the body
# a comment at column 0 inside the match
    case 2:
        pass
