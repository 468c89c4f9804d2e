"""A module with __all__: what it lists is API, and `import *` takes only that."""
__all__ = ["LISTED"]

# Good: listed in __all__.
LISTED = 1

# Bad: not in __all__, so `from app.core.exported import *` (app/web/star.py) does not
# bring it along, and nothing else reads it.
NOT_LISTED = 2
