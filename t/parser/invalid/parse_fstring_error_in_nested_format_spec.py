x = f"{value:{width!}}"
