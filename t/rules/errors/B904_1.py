# B904: raises in a handler without `from`, searched in if/else, loops, with and match,
# not in nested defs or try statements.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("not a number")  # reported


def nested(text, strict):
    try:
        return int(text)
    except ValueError as err:
        if strict:
            raise TypeError("not a number")  # reported
        for _ in range(1):
            raise TypeError("again")  # reported
        raise TypeError("chained") from err  # not reported


def allowed(text):
    try:
        return int(text)
    except ValueError as err:
        if text:
            raise  # a bare raise
        raise err  # the handler's own name (TRY201 says drop the name)


def hidden(text):
    try:
        return int(text)
    except ValueError:
        def later():
            raise TypeError("in a def: not reported")
        return later
