x = f"{value)}"
