class Outer:
    value = 1
    def method(self):
        nonlocal value
