# TRY201: `raise e` of the handler's own name; TRY203: handlers that only re-raise, when
# every handler of the try does (ruff).
def verbose():
    try:
        run()
    except ValueError as e:
        cleanup()
        raise e  # TRY201


def useless():
    try:
        run()
    except ValueError:  # TRY203
        raise


def partly_useless():
    try:
        run()
    except KeyError:
        cleanup()
    except ValueError as e:  # TRY201 only: not every handler re-raises (ruff)
        raise e


def all_useless():
    try:
        run()
    except KeyError:  # TRY203
        raise
    except ValueError as e:  # TRY203 (TRY201 too)
        raise e


def not_useless():
    try:
        run()
    except KeyError:  # followed by a handler that does something: kept
        raise
    except ValueError:
        cleanup()


def run():
    pass


def cleanup():
    pass
