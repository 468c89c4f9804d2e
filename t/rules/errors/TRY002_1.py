# TRY002: raising Exception or BaseException itself.
def load():
    raise Exception("cannot load")  # reported


def load_class():
    raise BaseException  # reported (RVW401 too)


def load_own():
    raise LoadError("cannot load")


class LoadError(Exception):
    pass
