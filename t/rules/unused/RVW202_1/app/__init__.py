"""The application package: its __init__ re-exports what callers use."""
# A re-export: `from app import SHARED_LIMIT` elsewhere reads app/core/consts.py's name.
from app.core.consts import SHARED_LIMIT as SHARED_LIMIT

# Names an __init__.py binds are the package's API: never reported.
PACKAGE_DEFAULT = 3
