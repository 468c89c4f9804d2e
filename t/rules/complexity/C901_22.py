# C901 in radon's model: boolean operators (one per operator), ternaries, comprehension
# clauses, asserts and loop else clauses count; a closure is rated on its own and adds
# nothing to its def; decorators and defaults are not looked into; try* adds nothing.
def f(a, b, c):
    assert a and b
    x = [y for y in a if y if not y] if b or c else None
    for z in a:
        pass
    else:
        pass
    return x


@decorate(a or b)
def g(a=1 if c else 2):
    def h():
        return a and b

    try:
        pass
    except* ValueError:
        pass
    return h
