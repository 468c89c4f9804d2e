result = compute(first second)
