a = f"{"inner"}"
b = f"{f"{x}"}"
c = f'{'b' + 'c'}'
d = f"{f"{f"{x}"}"}"
e = f"{", ".join(items)}"
g = f'{d['key']}'
h = f"""{f"""{x}"""}"""
