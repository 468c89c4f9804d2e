# F823: a global read in a function that binds it later.
x = 1


def f():
    print(x)
    x = 2
    return x


def g():
    global x
    print(x)
    x = 3
