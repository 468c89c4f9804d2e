a = f"{'\n'.join(lines)}"
b = f"{'\t'}"
c = f"{"\N{BULLET}"}"
