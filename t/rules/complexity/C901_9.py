# C901, ruff's count: boolean operators add nothing (RULES.md §2.3)
def f(a, b, c):
    return a and b and c


def g(a, b):
    if a and b:
        pass
