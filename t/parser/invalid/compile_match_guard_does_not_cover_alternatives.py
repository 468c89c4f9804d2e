match command:
    case (first | second) as either if either:
        pass
