def f(match, case, type, _):
    return match, case, type, _
def g(*match, **case):
    pass
lambda type=1, _=2: type
