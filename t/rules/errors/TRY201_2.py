# TRY201: where ruff looks for `raise e` in a handler that binds `e`: in every block of
# the handler, nested defs and classes and loops' `else` included; in a try the handler
# holds, only inside the compound statements of that try's body and `finally` (measured
# on ruff 0.17.4).
async def blocks(items, mode):
    try:
        run()
    except ValueError as e:
        def later():
            raise e  # TRY201: a nested def counts

        class Failure:
            raise e  # TRY201: a class body too

        async def later_async():
            raise e  # TRY201

        for item in items:
            cleanup()
        else:
            raise e  # TRY201: a loop's else

        async for item in items:
            cleanup()
        else:
            raise e  # TRY201

        while items:
            cleanup()
        else:
            raise e  # TRY201

        with open(items):
            raise e  # TRY201

        async with open(items):
            raise e  # TRY201

        match mode:
            case 1:
                raise e  # TRY201
            case _:
                cleanup()

        if mode:
            raise e  # TRY201
        elif items:
            raise e  # TRY201
        else:
            raise e  # TRY201
        return later, later_async, Failure


def nested_try(mode):
    try:
        run()
    except ValueError as e:
        try:
            raise e  # not reported: written directly in a nested try's body (ruff)
        except KeyError:
            raise e  # not TRY201: a nested try's handler is not searched (B904 there)
        else:
            raise e  # not reported: nor its else
        finally:
            raise e  # not reported: written directly in its finally
        try:
            if mode:
                raise e  # TRY201: in a block of the nested try's body
        finally:
            for _ in mode:
                raise e  # TRY201: in a block of its finally
        try:
            def again():
                raise e  # TRY201: a def in the nested try's body
        except* KeyError:
            if mode:
                raise e  # not TRY201: a handler of the nested try (B904 there)
        finally:
            pass
        try:
            try:
                raise e  # TRY201: a try inside the nested try's body is searched whole
            except KeyError:
                raise e  # TRY201, and B904 for its own unnamed handler
            else:
                raise e  # TRY201
        finally:
            pass
        try:
            try:
                pass
            except KeyError as e:  # TRY203: the try's only handler re-raises
                raise e  # TRY201 once, by its own handler (ruff reports it twice)
        finally:
            pass
        return again


def good(mode):
    try:
        run()
    except ValueError as e:
        if mode:
            raise  # bare raise: nothing to report
        if mode > 1:
            raise e from None  # a cause: not a verbose raise
        if mode > 2:
            raise e.with_traceback(None)  # not TRY201: not the bare name (B904)
        raise RuntimeError("run failed") from e  # another exception
    except KeyError:
        exc = KeyError("x")
        raise exc  # not TRY201: the handler binds no name (B904)


def run():
    pass


def cleanup():
    pass
