if a:
    if b:
        x = 1
    else:
        x = 2
else:
    if c:
        x = 3
