# Imports in functions are reported as at module level; in a class body, never (they
# become attributes).
def f():
    import os
    from sys import path


class C:
    import json
