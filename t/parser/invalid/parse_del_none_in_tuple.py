del a, None
