# C901, ruff's count: try + 2 handlers (RULES.md §2.3)
def f():
    try:
        pass
    except ValueError:
        pass
    except TypeError:
        pass
