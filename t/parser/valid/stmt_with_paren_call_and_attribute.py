with (a).b as c, (d)(e):
    pass
with (a, b)[0] as c:
    pass
