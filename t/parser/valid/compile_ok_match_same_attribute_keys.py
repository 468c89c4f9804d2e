match record:
    case {Keys.ID: a, Keys.ID: b}:
        pass
