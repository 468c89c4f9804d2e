"""Star imports."""
from app.core.exported import *  # noqa: F403
from app.core.plain import *  # noqa: F403
