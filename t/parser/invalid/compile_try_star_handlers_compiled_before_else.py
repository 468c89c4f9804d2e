try:
    run()
except* OSError:
    first = *errors
else:
    second = *results
