"""Tests reach into a module's private helpers."""
from pkg.core import _helper


def test_helper():
    """The helper answers 1."""
    assert _helper() == 1
