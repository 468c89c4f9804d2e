# Implicit concatenation of t-strings (only with other t-strings).
a, b = 1, 2
t"a" t"b"
t"{a}" t'{b}'
t"{a}" t"" t"tail"
both = (
    t"first {a}, "
    t"second {b}, "
    rt"raw \n {a}"
)
t'''{a}''' t"{b}"
