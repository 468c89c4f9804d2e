match command:
    case ["go", ("north" | "south" | "east" | "west") as direction]:
        pass
    case {"action": "drop", "items": [Item(name=str() as name), *_]}:
        pass
    case [Point(x=0, y=0), [*_, {"z": 0 | 1}]]:
        pass
