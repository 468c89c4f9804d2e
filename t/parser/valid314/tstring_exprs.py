# Interpolated expressions of every shape the grammar allows there.
d = {"k": 1}
xs = [1, 2]
t"{(lambda y: y * 2)(3)}"
t"{d["k"]}"
t"{d['k'] if d else None}"
t"{(n := 10)}"
t"{*xs,}"
t"{xs[0]:{xs[1]}}"
t"{ {'a': 1}['a'] }"
t"{(x for x in xs)}" if False else None
t"{3.5j} {0x1f} {1_000}"
t"{not xs} {-xs[0]} {xs[0] ** 2}"


def gen():
    t"{(yield)}"
    t"{(yield from xs)}"


async def coro():
    t"{await gen()}"
