# A read guarded by `except NameError` is not reported; a later `global` in a function
# defines the name for the whole module (pyflakes' rule).
try:
    unicode
except NameError:
    unicode = str

print(later_global)


def f():
    global later_global
    later_global = 1
