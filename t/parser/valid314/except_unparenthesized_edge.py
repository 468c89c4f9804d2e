# PEP 758 edge cases: a trailing comma, and a parenthesized tuple as one of
# several unparenthesized types.
try:
    pass
except ValueError, TypeError,:
    pass
except (KeyError, IndexError), OSError:
    pass
