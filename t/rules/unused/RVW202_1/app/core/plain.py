"""A module without __all__: `import *` takes every public name."""

# Good: `from app.core.plain import *` in app/web/star.py counts as a use of each.
STARRED = 1
ALSO_STARRED = 2
