a[*b]
a[*b, c]
a[1:2, *b]
Array[int, *Shape]
x: tuple[int, *Ts]
a[*b] = 1
del a[*b]
