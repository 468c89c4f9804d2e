# ruff places an unused import on its name, not on the statement's first line, so a
# `# noqa: F401` on the name's line suppresses it (pyflakes places it on the
# statement: the pyflakes-known.txt entry of zipfile/__init__.py, whose noqa is on the
# name's line).
from os import (  # noqa: E402
    getcwd,  # noqa: F401
    listdir,
)
