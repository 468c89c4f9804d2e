# Keyword-only parameters may mix defaults freely.
def f(*, a=1, b, c=2, d):
    pass
lambda *, a=1, b: 0
