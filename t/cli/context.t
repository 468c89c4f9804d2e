# The findings' source lines and enclosing scopes are kept only for what shows or keys on
# them (full and sarif output, baselines): the project findings (RVW102 from the join,
# RVW101 in a module whose method names a base class in another file may impose) and
# RUF100 get their snippets in full output and their entries in a baseline as the other
# findings do, and the concise output, which shows neither, is the same without them.
=== file: pkg/__init__.py
=== file: pkg/base.py
"""A base class."""


class Base:
    """Base."""

    def run_it(self):
        """Chosen here."""
=== file: pkg/sub.py
"""A subclass in another file: its method names may be imposed."""
from pkg.base import Base


class Sub(Base):
    """Sub."""

    def run_it(self):
        """Imposed by Base."""

    def first_one(self):
        """Snake."""

    def second_one(self):
        """Snake."""

    def thirdOne(self):  # noqa: N802
        """Camel, in a module of snake_case methods."""
=== file: pkg/spell.py
"""Spells one identifier two ways."""


def load_items(itemCount):
    """Camel argument."""
    return itemCount


def save_items(item_count):
    """Snake argument."""
    return item_count
=== file: pkg/other.py
"""Spells it the snake way too, and keeps a `noqa` nothing needs."""
import os  # noqa: F401


def count(item_count):  # noqa: N803
    """Snake."""
    return item_count + len(os.sep)
=== run: pyreview --isolated --select RVW101,RVW102,N8,RUF100 --output-format full .
=== stdout
pkg/other.py:5:25: RUF100 Unused `noqa` directive (unused: `N803`)
  |
5 | def count(item_count):  # noqa: N803
  |                         ^^^^^^^^^^^^
  |

pkg/spell.py:4:16: N803 Argument name `itemCount` should be lowercase
  |
4 | def load_items(itemCount):
  |                ^^^^^^^^^
  |

pkg/spell.py:4:16: RVW101 `itemCount` is camelCase; 3 of 4 function, method, argument, variable and attribute names here are snake_case
  |
4 | def load_items(itemCount):
  |                ^^^^^^^^^
  |

pkg/spell.py:4:16: RVW102 `itemCount` is spelt `item_count` in 2 modules of the tree (the first: pkg/other.py) and this way in 1
  |
4 | def load_items(itemCount):
  |                ^^^^^^^^^
  |

pkg/sub.py:17:9: RVW101 `thirdOne` is camelCase; 2 of 3 methods here are snake_case
   |
17 |     def thirdOne(self):  # noqa: N802
   |         ^^^^^^^^
   |

Found 5 errors.
=== status: 1
=== run: pyreview --isolated --select RVW101,RVW102,N8,RUF100 -q .
=== stdout
pkg/other.py:5:25: RUF100 Unused `noqa` directive (unused: `N803`)
pkg/spell.py:4:16: N803 Argument name `itemCount` should be lowercase
pkg/spell.py:4:16: RVW101 `itemCount` is camelCase; 3 of 4 function, method, argument, variable and attribute names here are snake_case
pkg/spell.py:4:16: RVW102 `itemCount` is spelt `item_count` in 2 modules of the tree (the first: pkg/other.py) and this way in 1
pkg/sub.py:17:9: RVW101 `thirdOne` is camelCase; 2 of 3 methods here are snake_case
=== status: 1
=== run: pyreview --isolated --select RVW101,RVW102,N8,RUF100 --write-baseline base.toml .
=== stdout
=== stderr
pyreview: wrote 5 findings in 5 entries to base.toml
=== status: 0
=== run: grep -A4 '^\[\[finding' base.toml
=== stdout
[[finding]]
path = "pkg/other.py"
code = "RUF100"
scope = "count"
text = "def count(item_count): # noqa: N803"
--
[[finding]]
path = "pkg/spell.py"
code = "N803"
scope = "load_items"
text = "def load_items(itemCount):"
--
[[finding]]
path = "pkg/spell.py"
code = "RVW101"
scope = "load_items"
text = "def load_items(itemCount):"
--
[[finding]]
path = "pkg/spell.py"
code = "RVW102"
scope = "load_items"
text = "def load_items(itemCount):"
--
[[finding]]
path = "pkg/sub.py"
code = "RVW101"
scope = "Sub.thirdOne"
text = "def thirdOne(self): # noqa: N802"
=== status: 0
=== run: pyreview --isolated --select RVW101,RVW102,N8,RUF100 --baseline base.toml .
=== stdout
All checks passed!
=== status: 0
