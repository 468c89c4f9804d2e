x = f"value: {x!r} and more
