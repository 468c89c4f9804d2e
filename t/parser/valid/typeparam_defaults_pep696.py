def f[T = int, *Ts = *tuple[int, str], **P = [int, str]]():
    pass
class C[T: int = bool]:
    pass
class D[T = int, U = str]:
    pass
type Alias[T = str] = list[T]
def g[T, U = T]():
    pass
def h[*Ts = *Other, **P = P2]():
    pass
def k[**P = ...]():
    pass
