x = f"{value!z}"
