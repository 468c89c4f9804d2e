try:
    risky()
x = 1
