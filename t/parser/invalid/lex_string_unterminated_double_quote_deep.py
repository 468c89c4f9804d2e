def greet(name):
    prefix = "Hello, "
    if name:
        return prefix + "dear
    return prefix
