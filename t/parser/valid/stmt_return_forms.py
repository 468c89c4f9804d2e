def nothing():
    return
def one():
    return 1
def pair():
    return 1, 2
def spread():
    return *items, last
def conditional():
    return a if b else c
def awaited_lambda():
    return lambda: 0
