# B904 in except*: the message says so.
def group():
    try:
        pass
    except* ValueError:
        raise TypeError("bad")
