# Items "(a) as b" and "c".
with (a) as b, c:
    pass
