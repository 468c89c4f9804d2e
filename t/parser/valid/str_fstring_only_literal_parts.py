a = f"just text"
b = f""
c = f"{x}"
d = f"{{escaped only}}"
