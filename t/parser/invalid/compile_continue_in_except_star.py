while pending:
    try:
        run()
    except* OSError:
        continue
