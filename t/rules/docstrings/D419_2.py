"""D419 and ignore-decorators: a function with an ignored decorator is not checked."""
import functools


@functools.cache
def cached():
    """"""


@functools.wraps(print)
def wrapper():
    pass
