# C901, ruff's count: match with 3 cases, the last `case _`: one per case less one (RULES.md §2.3)
def f(x):
    match x:
        case 1:
            pass
        case 2:
            pass
        case _:
            pass
