def make():
    class C[T]((yield)):
        pass
