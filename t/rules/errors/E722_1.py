# E722: a bare except, reported at the `except` keyword (B001 is an alias for suppressions),
# unless the handler's own body re-raises with a bare `raise` (ruff).
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


def parse_reraise(text):
    try:
        return int(text)
    except:  # not reported: the handler re-raises (ruff)
        cleanup()
        raise


def parse_nested_reraise(text):
    try:
        return int(text)
    except:  # reported: the bare raise is nested, not in the handler's own body
        if text:
            raise
        return 0


def cleanup():
    pass
