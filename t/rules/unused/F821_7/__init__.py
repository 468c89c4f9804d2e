# `__path__` is defined in a package's __init__.py only.
print(__path__)
