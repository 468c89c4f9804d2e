not a == b
not a and b
not not x
a == (not b)
not a in b
not (a or b)
a and not b or not c
