print("hello", end="")
exec("x = 1")
print
exec
