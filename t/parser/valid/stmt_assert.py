assert condition
assert condition, "message"
assert (a, b), "a non-empty tuple is always true"
assert x > 0, f"x={x}"
