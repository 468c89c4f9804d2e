# Debug specifiers combined with nested specs and nested t-strings.
v, w = 5, 8
t"{v=:{w}}"
t"{ v = !r:^{w}}"
t"{t'{v=}'=}"
t"{v=}{w=}"
