# E722: a bare except, reported at the `except` keyword (B001 is an alias for suppressions).
def parse(text):
    try:
        return int(text)
    except:  # reported
        return 0


def parse_noqa(text):
    try:
        return int(text)
    except:  # noqa: B001
        return 0


def parse_typed(text):
    try:
        return int(text)
    except ValueError:  # not reported
        return 0
