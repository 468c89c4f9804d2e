match = 1
match.x = 2
match: int = 3
match += 1
match, case = 1, 2
del match
