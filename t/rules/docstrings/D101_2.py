"""D101 and __all__: with __all__, exactly the names it lists are public, an
underscored one too; __all__ may be built with +, += and .extend at module level, in an
`if` block too (pydocstyle reads only the first, top-level assignment: docstrings-known.txt,
`peer-bug`, socketserver.py and subprocess.py)."""
import sys

__all__ = ["Listed", "_Underscored"]
__all__ += ["Added"]
if sys.platform == "win32":
    __all__.extend(["Windows"])

    class Windows:
        pass


class Listed:
    pass


class _Underscored:
    pass


class Added:
    pass


class Unlisted:
    pass
