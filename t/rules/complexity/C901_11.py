# C901, ruff's count: a nested def adds one, and its branches (RULES.md §2.3)
def f(a):
    def g():
        if a:
            pass

    return g
