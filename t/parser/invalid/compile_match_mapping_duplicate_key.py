match record:
    case {"id": a, "id": b}:
        pass
