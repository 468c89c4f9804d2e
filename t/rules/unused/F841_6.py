# An except name read only by a def or lambda inside its block is read (the closure
# reads the block's binding); pyflakes reports it unused and the read undefined
# (pyflakes#806, RULES.md 2.2).  locals() in the function excuses it too.
def f():
    try:
        pass
    except ValueError as e:
        def show():
            return e
        return show


def g():
    try:
        pass
    except ValueError as e:
        return locals()
