# C901, ruff's count: else: if is two decisions like elif; a nested class body counts in its def (RULES.md §2.3)
def f(a, b):
    if a:
        pass
    else:
        if b:
            pass


def g(a):
    class C:
        if a:
            x = 1

        def m(self):
            pass

    return C
