# N808: a TypeVar assigned at module level is CapWords, with `_co` or `_contra` as its only
# suffix.
from typing import TypeVar
import typing

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
notok = TypeVar("notok")
Ok__contra = TypeVar("Ok__contra")
Bad_suffix = TypeVar("Bad_suffix")
_Private = TypeVar("_Private")
lower = typing.TypeVar("lower")
