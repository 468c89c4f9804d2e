# PEP 758 forms inside functions, loops and nested try statements.
def f():
    for _ in range(3):
        try:
            try:
                return 1
            except ValueError, TypeError:
                continue
            finally:
                pass
        except* ArithmeticError, LookupError:
            pass
    else:
        pass


async def g():
    try:
        await f()
    except RuntimeError, StopAsyncIteration:
        raise
