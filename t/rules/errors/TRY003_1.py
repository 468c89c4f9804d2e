# TRY003 and EM101-EM103 (off by default): messages written at the raise.
import builtins


def check(port, name):
    if port < 0:
        raise ValueError("port must be positive")  # TRY003, EM101
    if port > 65535:
        raise ValueError(f"port {port} too large")  # TRY003, EM102
    if not name:
        raise ValueError("{} is empty".format(name))  # EM103 (TRY003 only for strings)
    if port == 1:
        raise ValueError("short")  # EM101 only: no space
    raise NotImplementedError("not written yet")  # EM101 only: NotImplementedError exempt


def check_bytes(data):
    if not data:
        raise ValueError(b"no data here")  # EM101 (bytes too, as ruff), no TRY003: not a str
    raise builtins.NotImplementedError("not written yet")  # EM101 only: the builtin, exempt
