def run():
    try:
        work()
    except* TimeoutError:
        return None
