a = 1
b = 2c = 3
if a:
    d = 4    e = 5
