# C901, ruff's count: try / finally with an if inside finally: the if counts, the bare try does not (RULES.md §2.3)
def f(a):
    try:
        pass
    finally:
        if a:
            pass
