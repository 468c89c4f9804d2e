# RVW204: the first statement of each unreachable region, with the statement that ends
# the flow before it.
import sys


def after_return(x):
    return x
    print(x)          # reported
    print(x + 1)      # same region: not reported again


def after_raise():
    raise ValueError("no")
    cleanup = 1
    return cleanup


def after_continue_and_break(items):
    for item in items:
        if item:
            continue
            print("skipped")
        else:
            break
            print("never")


def endless():
    # no break: the loop never ends, except by an exception
    while True:
        sys.stdout.flush()
    return 1


def every_branch(flag):
    if flag:
        return 1
    else:
        raise ValueError(flag)
    return 2


def try_else():
    # the else runs only when the body ends, and it returns
    try:
        return sys.argv
    except IndexError:
        pass
    else:
        print("unreachable")


def while_else():
    # the test is always true: only break leaves, and break skips the else
    while 1:
        if sys.argv:
            break
    else:
        print("never")


def no_way_out():
    try:
        return 1
    finally:
        print("cleanup")
    return 2


def nested_def():
    return
    def inner():      # one report for the def; its body is its own scope
        return 1


class Klass:
    raise TypeError("abstract")
    x = 1


raise SystemExit(0)
print("module level too")
