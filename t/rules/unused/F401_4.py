# `from __future__ import ...` is never reported: the import is the feature.
from __future__ import annotations, division
import os
