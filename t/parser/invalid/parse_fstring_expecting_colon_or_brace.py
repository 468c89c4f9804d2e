x = f"{value!r extra}"
