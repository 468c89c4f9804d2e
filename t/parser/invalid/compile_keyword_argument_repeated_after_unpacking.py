f(a=1, *rest, a=2)
