match * 2
match - 1
match not in x
match in x
match is None
match, x
match.match
