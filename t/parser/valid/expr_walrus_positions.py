(y := f(x))
print(a := 1, b := 2)
values = [y := 1, y ** 2]
unique = {z := 1, z}
table[index := 0]
table[i := 1, j := 2]
assert (checked := validate())
filtered = [y for x in data if (y := f(x)) is not None]
squares = [n := x * x for x in range(3)]
fn = lambda: (inner := 5)
text = f"{(w := 10)}"
def f():
    return (r := 1)
