@decorator
def plain(): pass

@module.attribute.decorator
def dotted(): pass

@factory(1, key="value")
def called(): pass

@first
@second(3)
@third.fourth
class Stacked: pass
