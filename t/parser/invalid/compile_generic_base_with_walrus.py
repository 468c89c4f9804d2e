class C[T](base := object):
    pass
