if (__debug__ := True):
    pass
