x = 1, 2
y = 1,
for a, b in c:
    pass
return_value = *a, b
