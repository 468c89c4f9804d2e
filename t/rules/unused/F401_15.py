# `from __future__ import annotations`: annotations are not evaluated, so they may name
# what is defined later; their reads still count.
from __future__ import annotations

from decimal import Decimal


def f(a: Later, b: Decimal) -> Undefined:
    pass


class Later:
    pass
