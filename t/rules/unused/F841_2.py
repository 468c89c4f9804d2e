# Unpacked names: never F841; RUF059 (off by default: see RUF059_1 with it on).  A
# literal tuple unpacked into a tuple is F841 in pyflakes and ruff (ruff 0.17,
# measured).
def f(g):
    a, b = g()
    (c, d) = e = 1, 2
    with open("p") as (h, i):
        pass
    j, k = 1, 2
    for m in range(3):
        pass
