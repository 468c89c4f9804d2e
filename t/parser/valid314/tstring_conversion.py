# Conversions !r !s !a, alone and before a format spec.
obj = "o"
t"{obj!r}"
t"{obj!s}"
t"{obj!a}"
t"{obj!r:>10}"
t"{obj!s:{len(obj)}}"
t"{obj!a} {obj!r} {obj}"
