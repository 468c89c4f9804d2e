# PLR0912: branches as pylint (and ruff) count them: an if and each elif or else clause,
# loops and their else, each except clause, a try's else and finally, each match case.
# An `else:` holding an `if` is an else clause and an if: one more than an elif.
def f(x):
    if x == 1:  # 1
        pass
    elif x == 2:  # 2
        pass
    else:  # 3
        if x:  # 4
            pass
    for y in x:  # 5
        pass
    else:  # 6
        pass
    while x:  # 7
        pass
    try:
        pass
    except ValueError:  # 8
        pass
    else:  # 9
        pass
    finally:  # 10
        pass
    match x:
        case 1:  # 11
            pass
        case 2:  # 12
            pass
    with x:
        if x:  # 13
            pass


def twelve(x):
    if x == 1:
        pass
    elif x == 2:
        pass
    elif x == 3:
        pass
    elif x == 4:
        pass
    elif x == 5:
        pass
    elif x == 6:
        pass
    elif x == 7:
        pass
    elif x == 8:
        pass
    elif x == 9:
        pass
    elif x == 10:
        pass
    elif x == 11:
        pass
    else:
        pass
