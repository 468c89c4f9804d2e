values = [x for x in (data := load())]
