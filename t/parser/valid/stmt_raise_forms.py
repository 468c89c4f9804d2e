def reraise():
    try:
        work()
    except Exception:
        raise
raise ValueError
raise ValueError("bad value")
raise RuntimeError("wrapped") from None
raise RuntimeError("wrapped") from original
raise make_error()(1) from get_cause()
