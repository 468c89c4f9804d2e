try:
    run()
except* OSError:
    for item in items:
        if item:
            continue
        break
    def helper():
        return 1
