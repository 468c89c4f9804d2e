a.b.c.d
a.b().c[0].d
(a).b
"text".upper().strip()
(1).bit_length()
