# C901, ruff's count: match whose last case is refutable or guarded: one per case (RULES.md §2.3)
def f(x):
    match x:
        case 1:
            pass
        case y if y:
            pass


def g(x):
    match x:
        case 1:
            pass
        case [y] | y:
            pass
