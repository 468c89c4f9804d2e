# Unknown escapes keep their backslash (CPython warns, but accepts them).
a = "\d\w\s"
b = "C:\path\to\file"
c = b"\q\u00e9"
d = "\8\9"
