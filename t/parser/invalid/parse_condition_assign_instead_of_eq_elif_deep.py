def check(value):
    if value is None:
        return 0
    elif value = 1:
        return 1
