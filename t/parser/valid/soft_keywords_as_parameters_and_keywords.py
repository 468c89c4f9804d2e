def f(match, case, type, _):
    return match.case(type=_)
f(match=1, case=2, type=3, _=4)
class C(type=1): pass
