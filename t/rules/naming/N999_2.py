# N999: outside any package (this folder has no __init__.py), a file has no module name
# to check, whatever its file name (ruff's rule).
