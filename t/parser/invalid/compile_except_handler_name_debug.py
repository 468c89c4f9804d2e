try:
    run()
except OSError as __debug__:
    pass
