# N815: a name a class body binds is not mixedCase: lowercase after its leading
# underscores, with capitals after.  A TypedDict's keys are data and are exempt, and so
# is a namedtuple.
import collections
from typing import TypedDict


class Config:
    maxSize = 1
    _privateFlag = 2
    snake_name = 3
    CONSTANT = 4
    CamelName = 5
    Entry = collections.namedtuple("Entry", "a")
    entryPoint = collections.namedtuple("Entry", "a")


class Movie(TypedDict):
    releaseYear: int
