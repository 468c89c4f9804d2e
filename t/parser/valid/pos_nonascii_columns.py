# Columns in CPython's AST count UTF-8 bytes, not characters.
s = "héllo"; t = 1
名前 = "値"; x = 名前
a = "😀"; b = a
f"é{x}ü{y!r:>{z}}"
