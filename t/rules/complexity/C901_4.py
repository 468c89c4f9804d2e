# C901, ruff's count: for ... else and while ... else: the else adds nothing (RULES.md §2.3)
def f(a):
    for x in a:
        pass
    else:
        pass


def g(a):
    while a:
        pass
    else:
        pass
