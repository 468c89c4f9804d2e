a = f"{(x := 10)}"
b = f"{(lambda x: x * 2)(3)}"
c = f"{x!r:{(y := 3)}}"
