# Class scope: a class body's names are seen from the body itself and from the first
# iterable of a comprehension in it, not from the rest of the comprehension nor from
# methods (Python's rule; ruff reports both reads below; pyflakes 2.5 lets the whole
# comprehension see the class's names).
class C:
    x = 1
    y = [x for _ in range(x)]

    def m(self):
        return x
