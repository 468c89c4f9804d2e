a = f"é{x}"
b = f"日本{y}語{z}"
c = f"😀{emoji!r}"
