# N806 and names that hold a type: the result of namedtuple, NamedTuple, TypedDict,
# TypeVar, ParamSpec, TypeVarTuple or NewType, and a TypeAlias annotation, is named as a
# type.  pep8-naming exempts only namedtuple; ruff all of these (naming-known.txt,
# `exemption`).
import collections
import typing
from typing import NamedTuple, NewType, TypeAlias, TypedDict, TypeVar


def f():
    Point = collections.namedtuple("Point", "x y")
    Pair = NamedTuple("Pair", [("a", int)])
    Movie = TypedDict("Movie", {"name": str})
    T = TypeVar("T")
    P = typing.ParamSpec("P")
    UserId = NewType("UserId", int)
    Vector: TypeAlias = list
    Plain = list
    return Point, Pair, Movie, T, P, UserId, Vector, Plain
