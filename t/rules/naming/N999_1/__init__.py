# N999: a module of a package, or the package for its __init__.py, must have a name an
# import can spell: this package's folder, N999_1, has capitals.
