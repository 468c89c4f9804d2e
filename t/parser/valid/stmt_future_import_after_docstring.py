"""Module docstring may precede __future__ imports."""
# and so may comments and blank lines

from __future__ import annotations
from __future__ import (generator_stop,
                        division)
import os
