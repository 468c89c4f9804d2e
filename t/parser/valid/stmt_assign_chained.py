a = b = c = 0
x = y = z = f()
