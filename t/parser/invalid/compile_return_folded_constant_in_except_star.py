def handle():
    try:
        run()
    except* OSError:
        return 2 ** 10
