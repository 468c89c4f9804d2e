"""A module with a syntax error (E999): its words count as names it reads."""
from pkg.consts import LIMIT


def limited(value:
    return min(value, LIMIT)
