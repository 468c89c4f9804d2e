x = f"{f"inner"
