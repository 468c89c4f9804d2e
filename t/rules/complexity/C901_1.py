# C901, ruff's count: if (RULES.md §2.3)
def f(a):
    if a:
        pass
