for item in items:
    try:
        process(item)
    finally:
        break
