# Function bodies are walked after the module body: a function may read a global bound
# below it.  Comprehension variables do not leak.
def f():
    return g()


def g():
    return [k for k in range(3)], k
