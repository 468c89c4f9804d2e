declared: int
assigned: int = 1
obj.attr: str = "x"
table[0]: float
(parenthesized): bool = True
nested: list[dict[str, int]] = []
