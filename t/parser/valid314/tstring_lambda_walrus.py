# Colons that do not start a format spec: inside parentheses, brackets and
# lambdas; `!=` that is not a conversion.
a, xs = 1, [1, 2, 3]
t"{(lambda: a)()}"
t"{xs[1:2]}"
t"{ {'k': a} }"
t"{a != 2}"
t"{(b := a):>3}"
t"{a!r:{'x'}}"
