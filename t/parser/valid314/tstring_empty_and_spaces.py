# Empty literal parts, adjacent interpolations, spaces around the expression.
a, b = 1, 2
t"{a}{b}"
t"{ a }{  b  }"
t"{a}"
t"{ a !r}"
t"{a
}"
