def cleanup(names):
    for name in names:
        del registry[name]
    del names
