configure(level=1, __debug__=2, level=3)
