text = f"{*items}"
