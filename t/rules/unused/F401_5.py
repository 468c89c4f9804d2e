# Imports read only in annotations count as used: plain annotations, string
# annotations (parsed with pyreview's parser; `Optional['Decimal']`, partial quoting),
# `typing.cast`, and under `if TYPE_CHECKING:`.  An unused import under TYPE_CHECKING is
# still unused (ruff reports it too).
from typing import TYPE_CHECKING, Optional, cast
from fractions import Fraction
from decimal import Decimal
from collections import OrderedDict, deque

if TYPE_CHECKING:
    from pathlib import Path
    from io import StringIO


def f(a: Fraction, b: "Path") -> Optional["Decimal"]:
    return cast("OrderedDict[str, int]", a)


x: "deque[int]" = deque()
