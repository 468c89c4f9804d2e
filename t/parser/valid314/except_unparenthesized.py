# PEP 758: several exception types without parentheses (no `as`).
try:
    pass
except ValueError, TypeError:
    pass

try:
    pass
except OSError, KeyError, IndexError:
    pass
except Exception:
    pass
