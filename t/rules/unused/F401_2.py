# Explicit re-exports (ruff; RULES.md 2.1): `import x as x` and `from m import y as y`
# say "this name is part of my interface" and are never reported, in any file (pyflakes
# 2.5 reports them).  `import a.b as b` is no re-export: the names differ.
import os as os
from os import path as path
import xml.dom as dom
import json as js
from collections import OrderedDict as OD
