def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return x, y
        case {"type": "key", "mods": [*_, Mod(shift=True, 1)]}:
            return None
