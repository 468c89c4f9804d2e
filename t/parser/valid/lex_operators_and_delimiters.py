a = b + c - d * e / f // g % h ** i @ j
a = b << c >> d & e | f ^ ~g
a = b < c > d <= e >= f == g != h
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
x = (y := 1)
def f() -> int: ...
z = a[1:2, ...].b
@dec
class C: pass
