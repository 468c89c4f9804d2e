def skip():
    continue
