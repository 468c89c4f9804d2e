nonlocal counter

def bump():
    global counter
