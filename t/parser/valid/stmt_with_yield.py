def gen():
    with (yield):
        pass
    with (yield) as value:
        pass
