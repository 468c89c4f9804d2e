def helper():
    from os.path import *
    return join("a", "b")
