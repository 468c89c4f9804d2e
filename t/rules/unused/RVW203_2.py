# RVW203 stays quiet: every store below may be read, or is F841's, or is excused.
import contextlib


def loop_carried(items):
    # read in the next iteration
    total = 0
    for item in items:
        print(total)
        total = item
    return 0


def handler_reads():
    # the handler may see the value from before the exception
    value = "default"
    try:
        value = int("3")
        value = int("4")
    except ValueError:
        print(value)
    return 0


def finally_reads():
    # the finally may run after either store
    step = 1
    try:
        step = 2
        contextlib.nullcontext()
        step = 3
    finally:
        print(step)


def swallowed():
    # contextlib.suppress may swallow the exception: the first value may survive
    result = 1
    with contextlib.suppress(ValueError):
        result = int("x")
    return result


def deleted():
    # `del` reads what it deletes
    tmp = [1]
    del tmp
    tmp = 2
    return tmp


def declared_global():
    # a global's value is read elsewhere
    global COUNTER
    COUNTER = 1
    COUNTER = 2
    return COUNTER


def cell():
    # a nested def reads the name: any of its values may be read
    n = 1
    def show():
        return n
    n = 2
    return show


def nonlocal_inside():
    # the nested def declares it nonlocal and reads it
    n = 1
    def bump():
        nonlocal n
        n += 1
    n = 0
    bump()
    return n


def uses_locals():
    # locals() reads every local by name
    a = 1
    a = 2
    return locals()


def uses_eval():
    # eval() may read any local by name (pyflakes still calls `a` unused: F841)
    a = 1
    a = 2
    return eval("a")


def augmented(x):
    # `+=` reads the value it replaces
    n = x
    n += 1
    return n


def annotated(x):
    # an annotation without a value stores nothing
    y: int
    y = x
    return y


def with_target(p, q):
    # with and for targets are not judged
    with open(p) as fh:
        pass
    with open(q) as fh:
        return fh.read()


def dummy(x):
    # names matching dummy-variable-rgx may be dropped
    _unused = x
    _unused = 2
    return _unused


def placeholder(flag):
    # `x = None` drops a reference or marks a placeholder on purpose
    exc = None
    if flag:
        exc = ValueError()
    else:
        exc = TypeError()
    return exc


def never_read():
    # never read at all: F841's finding, not RVW203's
    x = 1
    x = 2


def captures(cmd):
    # match captures are not judged
    match cmd:
        case [verb]:
            pass
        case _:
            verb = ""
    return verb


def unreachable_store():
    # a store no path reaches is RVW204's
    return 1
    z = 1
    z = 2
    return z


def walrus(text):
    # a named expression is not judged
    if (n := len(text)) > 3:
        n = 3
    return n


def loop_target(rows):
    # a loop variable replaced by a later store is not judged
    for row in rows:
        pass
    row = ""
    return row


def string_annotation():
    # a name read in a string annotation may be read any time
    Alias = int
    Alias = str
    value: "Alias" = ""
    return value


def loop_may_not_run(matchers, test):
    # the for target is bound only when the loop runs: an empty loop leaves `result`
    result = False
    for matcher, result in matchers:
        if matcher(test):
            return result
    return not result
