# The parenthesized-items form: one item, a.
with (a,):
    pass
