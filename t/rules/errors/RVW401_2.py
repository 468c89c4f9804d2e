# RVW401 with generic-exceptions: a configured class, by its qualified name's last part.
from nova import exception


def attach():
    raise exception.InternalError  # reported


def detach():
    raise exception.InternalError(reason="busy")  # not reported: arguments
