x = f"{f"inner}"
