try:
    work()
finally:
    release()
