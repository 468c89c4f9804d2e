x = f"{(value]}"
