settings.__debug__ += 1
del settings.__debug__
print(__debug__)
