# t-strings where any expression may stand.
from string.templatelib import Template, Interpolation


def render(tpl: Template = t"default {0}") -> Template:
    return t"rendered {tpl}"


@render(t"decorator {1}")
class C:
    attr = t"class body {Interpolation}"


lst = [t"{i}" for i in range(2)]
dct = {t"k": t"v {lst}"}
x = t"a" if lst else t"b"
print(t"arg", key=t"kw {x}")
