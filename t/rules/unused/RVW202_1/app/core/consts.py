"""Constants, each read (or not) from elsewhere in the tree."""

# Good: read only by another package (app/web/views.py imports it by name).
TIMEOUT = 30

# Good: read only as an attribute of the module (`consts.RETRIES` in app/web/views.py).
RETRIES = 5

# Good: read only through the package's re-export (`from app import SHARED_LIMIT`).
SHARED_LIMIT = 100

# Good: read only by getattr with a literal name (app/web/views.py).
LOOKUP_NAME = "x"

# Good: read in this module.
BASE = 2
DOUBLE = BASE * 2

# Good: private (RVW201's business, not RVW202's) and dunder names are not public API.
_PRIVATE = 1
__version__ = "1.0"

# Good: read nowhere, but a suppression comment covers it.
KEPT_FOR_PLUGINS = 7  # noqa: RVW202

# Bad: read nowhere, not in this module, not in any module of the tree.
UNUSED_LIMIT = 10

# Bad: a public function nothing calls (reported, with lower confidence than constants).
def unused_helper():
    return DOUBLE


# Bad: a class nothing uses.
class UnusedThing:
    pass
