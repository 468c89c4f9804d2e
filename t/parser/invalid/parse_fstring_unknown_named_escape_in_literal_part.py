x = f"{value}\N{NO SUCH NAME}"
