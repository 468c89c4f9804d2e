with open(path) as f:
    pass
with lock:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as obj.attr, b as table[0]:
    pass
