# RVW401: generic exceptions raised without a message.
def resize(size):
    if size < 0:
        raise ValueError  # reported
    if size == 0:
        raise ValueError()  # reported
    if size > 10:
        raise ValueError("size %d above 10" % size)  # not reported
    raise NotImplementedError  # not reported: needs no message


def stop():
    raise StopIteration  # not reported


def chained():
    try:
        pass
    except KeyError as err:
        raise LookupError from err  # not reported: the cause says it


class InternalError(Exception):
    msg_fmt = "%(err)s"


def nova_style():
    raise InternalError()  # reported: the template needs `err`


class Fine(Exception):
    msg_fmt = "something went wrong"


def fine():
    raise Fine()  # not reported: the template needs nothing
