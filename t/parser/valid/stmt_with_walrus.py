with (x := f()):
    pass
with (x := f()) as y:
    pass
with (a := b, c := d):
    pass
