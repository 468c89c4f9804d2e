# RVW204 and with statements: code after a with whose body never falls through is
# unreachable only when no context manager of the statement can suppress an exception of
# the body.  The standard library's file objects, locks, temporary files, executors and
# the like never do, when the with statement calls them itself; any other manager may
# (contextlib.suppress, unittest's assertRaises, a generator-based manager, an object
# whose type the review cannot see).
import contextlib
import threading
import unittest
from tempfile import TemporaryDirectory as TempDir


def file_body_returns(path):
    with open(path) as fh:
        return fh.read()
    return ""                                  # reported: open() suppresses nothing


def known_managers_body_raises(tag):
    with threading.Lock(), TempDir() as tmp:   # an imported alias is followed
        raise OSError(tag, tmp)
    print("never")                             # reported


async def async_body_returns(path):
    with open(path, "rb") as fh:
        return fh.read()
    return b""                                 # reported


def known_and_unknown(path, lock):
    # one manager the review cannot see is enough: lock may swallow the error of read()
    with open(path) as fh, lock:
        return fh.read()
    return ""


def suppressed(path):
    with contextlib.suppress(OSError):
        return open(path).read()
    return ""                                  # runs when open() fails


def held_lock(lock):
    # a manager entered by name: its type is unknown here
    with lock:
        return 1
    return 0


def open_shadowed(path):
    def open(p):                               # not the builtin: may return anything
        return contextlib.suppress(OSError)
    with open(path):
        return 1
    return 0


class Tests(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(ValueError):    # swallows the ValueError
            raise ValueError
        self.done = True
