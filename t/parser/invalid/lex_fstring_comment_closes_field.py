x = f"{value # comment}"
