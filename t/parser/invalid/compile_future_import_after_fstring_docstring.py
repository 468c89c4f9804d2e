f"""Not a docstring."""
from __future__ import annotations
