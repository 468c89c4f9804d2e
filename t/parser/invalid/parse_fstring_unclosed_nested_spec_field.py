x = f"{value:{width"
