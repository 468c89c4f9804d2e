"""Read only through a relative import (`from ..core import relative`)."""

# Good: read as `relative.ONLY_RELATIVE` by app/web/views.py.
ONLY_RELATIVE = 1
