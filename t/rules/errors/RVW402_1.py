# RVW402: one generic exception from three functions of a module, reported once.
def attach(vol):
    raise RuntimeError("attach %s failed" % vol)


def detach(vol):
    raise RuntimeError("detach %s failed" % vol)


def extend(vol):
    if vol:
        raise RuntimeError("extend %s failed" % vol)
    raise RuntimeError("extend failed")


def delete(vol):
    raise KeyError(vol)
