def f[T: (bound := int)]():
    pass
