# A format spec holding literal text around several interpolations, and a
# spec whose interpolation has its own conversion.
v, a, b = 1, 2, 3
t"{v:{a}x{b}}"
t"{v:>{a!r}}"
t"{v:{a}{b}.{a + b}}"
t"{v:0{a}d} and {v:#x}"
t"{v:%Y-%m-%d %H:%M}"
