# TRY002: raising Exception or BaseException itself.
import builtins


def load_builtin():
    raise builtins.Exception("cannot load")  # reported: the builtin through its module

def load():
    raise Exception("cannot load")  # reported


def load_class():
    raise BaseException  # reported (RVW401 too)


def load_own():
    raise LoadError("cannot load")


class LoadError(Exception):
    pass
