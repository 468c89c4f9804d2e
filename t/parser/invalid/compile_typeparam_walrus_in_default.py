class C[T = (default := int)]:
    pass
