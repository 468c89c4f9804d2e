# One with-item whose context expression is the tuple (a, b).
with (a, b) as c:
    pass
