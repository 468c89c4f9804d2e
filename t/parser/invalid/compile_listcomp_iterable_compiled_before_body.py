found = [check(a=1, a=2) for item in source(b=1, b=2)]
