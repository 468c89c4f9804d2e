"""Reads private names of pkg.core."""
from pkg import core
from pkg.core import _SHARED_LIMIT


def limit():
    """The limit, as core keeps it."""
    return _SHARED_LIMIT, core._attribute_read


def _local_only():
    """Same name as core's, but its own."""
    return 0


print(_local_only())
