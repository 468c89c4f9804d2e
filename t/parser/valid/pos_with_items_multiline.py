with (
    open(a) as f,
    open(b) as g,
):
    pass
with a as b, \
     c as d:
    pass
