def f(*args: *Ts):
    table[*args] = 1
