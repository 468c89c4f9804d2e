match record:
    case {"id": a, b"id": b}:
        pass
