a is not b
a not in b
a is b is not c in d not in e
x not in y is not z
(a is not b) in c
