# RUF100 and the findings the join decides.  A noqa that covers a project rule's site
# (RVW202, RVW102 ...) or a finding on a condition (N802 in a class whose base may be in
# another file) is used only if the join makes the finding: a constant another module
# reads gets no RVW202, so its noqa suppressed nothing; an override of a method a base
# class in another file names gets no N802, so its noqa suppressed nothing either.  The
# codes that stay unused are named together, whichever way each was decided.  One
# directive may cover several sites (ONE = TWO): each is a claim of its own.
=== file: pyreview.toml
select = ["RVW202", "N802", "F401", "RUF100"]
=== file: pkg/__init__.py
=== file: pkg/consts.py
import os  # noqa: F401
READ_ELSEWHERE = 1  # noqa: RVW202
READ_NOWHERE = 2  # noqa: RVW202
MIXED = 3  # noqa: RVW202, F401
import sys  # noqa: F401, RVW202
ONE = TWO = 4  # noqa: RVW202
=== file: pkg/user.py
from pkg.consts import READ_ELSEWHERE, MIXED
from pkg.base import Base

print(READ_ELSEWHERE, MIXED)


class Sub(Base):
    def getValue(self):  # noqa: N802
        return 1

    def getOther(self):  # noqa: N802
        return 2
=== file: pkg/base.py
class Base:
    def getValue(self):  # noqa: N802
        return 0
=== run: pyreview pkg
=== stdout
pkg/consts.py:2:21: RUF100 Unused `noqa` directive (unused: `RVW202`)
pkg/consts.py:4:12: RUF100 Unused `noqa` directive (unused: `RVW202`, `F401`)
pkg/consts.py:5:13: RUF100 Unused `noqa` directive (unused: `RVW202`)
pkg/user.py:7:7: RVW202 Public class `Sub` is never read: not in its module, not in `__all__`, nor by any module of the reviewed tree
pkg/user.py:8:26: RUF100 Unused `noqa` directive (unused: `N802`)
Found 5 errors.
=== status: 1
=== run: pyreview pkg/consts.py
=== stdout
pkg/consts.py:4:12: RUF100 Unused `noqa` directive (unused: `F401`)
pkg/consts.py:5:13: RUF100 Unused `noqa` directive (unused: `RVW202`)
Found 2 errors.
=== status: 1
