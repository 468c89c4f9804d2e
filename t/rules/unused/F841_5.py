# No F841 for a rebinding of a read name (pyflakes' model: the new binding inherits
# "used"), for `global` and `nonlocal` names, for the traceback markers, nor in a
# function that calls locals() or vars().
def f():
    x = 0
    x += 1
    __tracebackhide__ = True
    __debuggerskip__ = True


def g():
    global G
    G = 1

    def h():
        nonlocal v
        v = 2
    v = 1
    return h


def k():
    unused = 1
    return locals()


def m():
    unused = 1
    return vars()
