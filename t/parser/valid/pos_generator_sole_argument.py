# As the sole argument, the generator's span includes the call's parentheses.
total = sum(x for x in values)
other = sum((x for x in values))
both = f(x for x in y)(z for z in w)
