def handle():
    try:
        run()
    except* OSError:
        try:
            cleanup()
        finally:
            return
