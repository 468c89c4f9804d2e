# C901, ruff's count: for (RULES.md §2.3)
def f(a):
    for x in a:
        pass
