a[1:2]
a[lo : hi : step]
a[1:2, 3]
a[:]
a[::]
b[
    1
]
