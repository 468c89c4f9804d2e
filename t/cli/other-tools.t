# Other tools' suppressions: bandit's `# nosec` (bare: security rules only; with test ids
# or names: those), pylint's `disable=` (trailing: its line, or a whole def after its
# header; alone on a line: to the end of the block or an `enable=`), `disable-next=`,
# `skip-file`, with message ids and symbols mapped to pyreview's codes; ruff's
# `ignore[...]` (trailing: its line; alone: the next statement) and `disable[...]` ...
# `enable[...]` ranges.
=== file: pyreview.toml
select = ["F401", "F841", "RUF100"]
=== file: m.py
import a1  # nosec
import a2  # nosec F401
import a3  # pylint: disable=unused-import
import a4  # pylint: disable=W0611,W0612
# pylint: disable-next=unused-import
import a5
import a6  # ruff: ignore[F401]
# ruff: ignore[F401]
from b import (
    c1,
)
def f():  # pylint: disable=unused-variable
    y1 = 1
    y2 = 2
def g():
    z1 = 1
    # pylint: disable=unused-variable
    z2 = 2
    z3 = 3
def h():
    # pylint: disable=unused-variable
    w1 = 1
    # pylint: enable=unused-variable
    w2 = 2
# ruff: disable[F401]
import a7
import a8
# ruff: enable[F401]
import a9
=== run: pyreview m.py
=== stdout
m.py:1:8: F401 `a1` imported but unused
m.py:4:12: RUF100 Unused `pylint: disable` directive (unused: `W0612`)
m.py:16:5: F841 Local variable `z1` is assigned to but never used
m.py:24:5: F841 Local variable `w2` is assigned to but never used
m.py:29:8: F401 `a9` imported but unused
Found 5 errors.
=== status: 1
