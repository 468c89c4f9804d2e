data = rb"\d+€"
