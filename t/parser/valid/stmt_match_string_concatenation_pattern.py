match value:
    case "con" "cat":
        pass
    case b"by" b"tes":
        pass
