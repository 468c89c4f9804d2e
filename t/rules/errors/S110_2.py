# S110 with check-typed-exception: typed handlers too.
def typed():
    try:
        run()
    except KeyError:  # S110
        pass


def run():
    pass
