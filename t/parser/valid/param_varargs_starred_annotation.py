# PEP 646: *args annotated with an unpacked TypeVarTuple.
def f(*args: *Ts):
    pass
def g(*args: *tuple[int, ...]):
    pass
def h[*Shape](*args: *Shape) -> tuple[*Shape]:
    return args
