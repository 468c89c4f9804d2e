# Outside a package's __init__.py, __path__ is undefined.
print(__path__)
