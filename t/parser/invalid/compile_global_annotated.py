def f():
    global total
    total: int = 0
