# F841 is reported in functions only; an unread except name in any scope.
x = 1


def f():
    y = 1
    with open("p") as fh:
        pass
    if (n := 10) > 5:
        pass


try:
    pass
except ValueError as e:
    pass
