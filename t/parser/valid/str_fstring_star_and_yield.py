def gen():
    a = f"{*items,}"
    b = f"{(yield)}"
    c = f"{yield}"
    d = f"{yield 1}"
