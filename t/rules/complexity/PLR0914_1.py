# PLR0914: names whose last binding in the function is an assignment (ruff's count: not
# arguments, loop variables, imports, with targets or names declared global).
def f(p):
    global g1
    a, b, c = 1, 2, 3
    d = e = 4
    h: int = 5
    i += 1
    j = k = l = m = n = o = q = 0
    g1 = 1
    for r in p:
        pass
    s = 1
    for s in p:
        pass
    import t
    with p as u:
        pass
    match p:
        case [v, *w]:
            pass
    return a
