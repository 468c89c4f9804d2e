match config:
    case {"low": v, "high": v}:
        pass
