"""A module of a PEP 420 namespace package: no __init__.py in ns_pkg/ nor in sub/.

Python imports it as `ns_pkg.sub.consts` when the directory above ns_pkg is on the path;
pyreview cannot tell which directory that is, so it resolves `ns_pkg.sub.consts` (and
`sub.consts`) to this file as well as `consts`.
"""

LIMIT = 3  # read by app/main.py through `from ns_pkg.sub.consts import LIMIT`: not reported
TIMEOUT = 30  # read by app/main.py as `ns_pkg.sub.consts.TIMEOUT`: not reported
UNUSED = 4  # read nowhere: RVW202
