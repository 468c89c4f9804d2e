# C901, ruff's count: ternaries, comprehensions and lambdas add nothing (RULES.md §2.3)
def f(a):
    return 1 if a else 2


def g(a):
    return [x for x in a if x]


def h(a):
    return lambda: a
