# C901, ruff's count: assert adds nothing (RULES.md §2.3)
def f(a):
    assert a
