# RVW204 stays quiet: every statement below may run.
import contextlib
from typing import TYPE_CHECKING


def suppressed():
    # the context manager may swallow the exception: the code after the with runs
    with contextlib.suppress(ValueError):
        raise ValueError("ignored")
    return 1


def returns_inside_with(lock, path):
    # a with body that returns may still end by a swallowed exception: a context manager
    # pyreview does not know may suppress it (RVW204_3 has the ones it knows)
    with lock:
        return path.read_text()
    return ""


def empty_generator():
    # `return` then `yield`: the idiom that makes an empty generator
    return
    yield


def loop_with_break(items):
    while True:
        if items:
            break
    return items


def handler_continues():
    try:
        return int("x")
    except ValueError:
        pass
    return 0


def finally_falls_through():
    for _ in range(3):
        try:
            continue
        finally:
            print("each time")
    return 1


def match_falls_through(cmd):
    match cmd:
        case "a":
            return 1
        case "b":
            pass
    return 0


def type_checking_block():
    raise NotImplementedError
    if TYPE_CHECKING:
        return 1


def constant_false_test():
    # only `while` on a true constant is followed; `if` tests are not evaluated
    if False:
        return 1
    return 0
