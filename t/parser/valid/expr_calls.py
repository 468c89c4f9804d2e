f()
f(a)(b)
f(a, b=1, *c, **d)
f(a, *b, c, d=1, *e)
f(**a, b=1)
f(a)[b].c(d)
f(
    a,
    b,
)
f(a,)
