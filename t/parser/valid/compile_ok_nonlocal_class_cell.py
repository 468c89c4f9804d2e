class Base:
    def method(self):
        nonlocal __class__
        return __class__
