class Empty: pass
class WithParens(): pass
class Single(Base): pass
class Many(A, B, metaclass=Meta, flag=True): pass
class Spread(*bases, **options): pass
class Computed(base_for(x), mixins[0]): pass
class Nested:
    class Inner:
        value = 1
    def method(self):
        return self
