# PEP 758 for except*: several exception types without parentheses.
try:
    pass
except* ValueError, TypeError:
    pass
except* OSError:
    pass

try:
    pass
except* KeyError, IndexError, LookupError:
    pass
