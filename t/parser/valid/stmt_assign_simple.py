answer = 42
name = other
