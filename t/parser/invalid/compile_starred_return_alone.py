def f():
    return *items
