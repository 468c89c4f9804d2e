def f():
    (total): int
    global total
