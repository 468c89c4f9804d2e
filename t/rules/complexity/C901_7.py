# C901, ruff's count: try + 1 handler + else: the else is a decision (RULES.md §2.3)
def f():
    try:
        pass
    except ValueError:
        pass
    else:
        pass
