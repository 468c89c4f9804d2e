# F901: NotImplemented is not an exception.
class Shape:
    def area(self):
        raise NotImplemented  # reported

    def perimeter(self):
        raise NotImplemented()  # reported

    def name(self):
        raise NotImplementedError  # not reported
