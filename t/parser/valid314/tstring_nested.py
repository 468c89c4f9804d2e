# t-strings nested in interpolations, and mixed with f-strings.
x = 1
t"{t'{x}'}"
t"outer {t"inner {x} {t'innermost {x}'}"} done"
f"{t'{x}'}"
t"{f'{x:>3}'}"
t"{[t'{i}' for i in range(3)]}"
