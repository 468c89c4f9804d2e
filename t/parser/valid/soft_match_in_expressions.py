print(match, case, type, _)
x = match
y = [match for match in values]
z = {match: case for match, case in pairs}
lambda match: match
