a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = a if b else (c if d else e)
value = lambda: a if b else c
y = (yield_ if cond else other)
