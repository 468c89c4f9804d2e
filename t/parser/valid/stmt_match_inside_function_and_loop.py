def handle(events):
    for event in events:
        match event:
            case {"type": "quit"}:
                break
            case {"type": "skip"}:
                continue
            case _:
                return event
