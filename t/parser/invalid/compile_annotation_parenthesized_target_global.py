def f():
    (total): int = 0
    global total
