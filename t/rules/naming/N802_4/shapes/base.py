"""A base class whose method names its subclasses must keep."""


class Shape:
    # Bad: the name is chosen here, so it is reported here (once).
    def drawOutline(self):
        pass


class Plain:
    def draw(self):
        pass
