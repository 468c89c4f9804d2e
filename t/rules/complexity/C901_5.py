# C901, ruff's count: try + 1 handler (RULES.md §2.3)
def f():
    try:
        pass
    except ValueError:
        pass
