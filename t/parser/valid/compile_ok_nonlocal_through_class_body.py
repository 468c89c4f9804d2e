def outer():
    count = 0
    class Counter:
        def bump(self):
            nonlocal count
            count += 1
    return Counter
