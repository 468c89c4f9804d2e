# C901 in mccabe's model: flake8's mccabe keeps one graph per name, so of two defs of one
# name it reports only the last (here the `f` of line 3 goes unseen); pyreview rates both.
def f(a):
    if a:
        pass
    return a


def f(a, b):
    if a:
        pass
    elif b:
        pass
