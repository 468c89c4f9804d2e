def classify(n):
    if n < 0:
        return "negative"
    elif n == 0
        return "zero"
    return "positive"
