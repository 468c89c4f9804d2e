# C901, ruff's count: with adds nothing, its body counts (RULES.md §2.3)
def f(x, a):
    with x:
        if a:
            pass
