result = compute(
    first,
    second

def next_function():
    return 1
