# The whole-project step: with a directory reviewed, RVW202 reports a public name no
# module of the tree reads (a constant read only by another package is not reported) and
# the review format counts the project findings apart; a file reviewed alone gets no
# RVW202 unless it is selected, and then with low confidence and a message that says so
# (--min-confidence medium drops it); a `# noqa: RVW202` covers a site; the output does not
# depend on -j; a base class in another file decides a subclass's method name (N802).
=== file: pkg/__init__.py
=== file: pkg/consts.py
"""Constants."""
USED_ELSEWHERE = 1
NOBODY_READS = 2
QUIET = 3  # noqa: RVW202
=== file: other/__init__.py
=== file: other/user.py
"""Reads one constant of pkg, and the subclass."""
from pkg.consts import USED_ELSEWHERE
from pkg.sub import Sub

print(USED_ELSEWHERE, Sub)
=== file: pkg/base.py
"""A base class."""


class Base:
    """Base."""

    def doIt(self):
        """Chosen here."""
=== file: pkg/sub.py
"""A subclass in another file."""
from pkg.base import Base


class Sub(Base):
    """Sub."""

    def doIt(self):
        """Imposed by Base."""
=== run: pyreview --isolated -q --select RVW202,N802 .
=== stdout
pkg/base.py:7:9: N802 Function name `doIt` should be lowercase
pkg/consts.py:3:1: RVW202 Public constant `NOBODY_READS` is never read: not in its module, not in `__all__`, nor by any module of the reviewed tree
=== status: 1
=== run: pyreview --isolated --select RVW202,N802 -j1 . > one.txt; pyreview --isolated --select RVW202,N802 -j8 . > eight.txt; cmp one.txt eight.txt && echo same
=== stdout
same
=== status: 0
=== run: pyreview --isolated -q pkg/consts.py pkg/sub.py
=== stdout
pkg/sub.py:8:9: N802 Function name `doIt` should be lowercase
=== status: 1
=== run: pyreview --isolated -q --select RVW202 pkg/consts.py
=== stdout
pkg/consts.py:2:1: RVW202 Public constant `USED_ELSEWHERE` is never read: not in its module, not in `__all__`, and only the files given were reviewed, so other modules may use it
pkg/consts.py:3:1: RVW202 Public constant `NOBODY_READS` is never read: not in its module, not in `__all__`, and only the files given were reviewed, so other modules may use it
=== status: 1
=== run: pyreview --isolated -q --select RVW202 --min-confidence medium pkg/consts.py
=== stdout
=== status: 0
=== run: pyreview --isolated --select RVW202 --output-format review .
=== stdout
pyreview review of 6 files

pkg/consts.py
  1. Unused names (1)
     line 3: Public constant `NOBODY_READS` is never read: not in its module, not in `__all__`, nor by any module of the reviewed tree [RVW202]
     Remove names that are never read, or call them `_` where a value must be discarded.
  Metrics: maintainability index 100.0 (A).
  Summary: 1 finding in 1 concern.

Whole run
  1. Unused names: 1 in 1 file (RVW202 x1)
     pkg/consts.py: 1
     Remove names that are never read, or call them `_` where a value must be discarded.
  Metrics: maintainability index A in 6, B in 0, C in 0 (lowest: other/__init__.py, 100.0); 0 of 2 functions rank C or worse; the most complex: `Base.doIt` in pkg/base.py (1, rank A).
  Across modules (6 modules joined): 1 public name nothing in the tree reads (RVW202).
  Summary: 6 files reviewed, 1 finding in 1 file (1 concern).
=== status: 1
