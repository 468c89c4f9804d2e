sum(x for x in values)
any(item.ready for item in queue if item)
f((x for x in y), 1)
f(1, (x for x in y))
