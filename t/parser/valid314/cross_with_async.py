# Cross-check (valid in 3.13): parenthesized context managers, async forms.
import contextlib


async def main(items):
    with (
        contextlib.nullcontext() as a,
        contextlib.nullcontext() as b,
    ):
        pass
    with (open("x")):
        pass
    async with a as c, b:
        pass
    async for item in items:
        pass
    return [i async for i in items if await i], {k: v for k, v in []}
