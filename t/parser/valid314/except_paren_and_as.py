# Cross-check (valid in 3.13 too): the parenthesized forms, with and without `as`.
try:
    pass
except (ValueError, TypeError) as e:
    print(e)
except (OSError):
    pass
except KeyError as k:
    del k

try:
    pass
except* (ValueError, TypeError) as eg:
    print(eg.exceptions)
