f(x) < g(y) <= h[z]
a.b == c.d != e.f
