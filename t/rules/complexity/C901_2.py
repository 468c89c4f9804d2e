# C901, ruff's count: if / elif / else (RULES.md §2.3)
def f(a, b):
    if a:
        pass
    elif b:
        pass
    else:
        pass
