# N805: the first argument of a method is `self`.  Static methods are exempt, a def
# nested in a method is no method, and a method defined under an `if` of the class body
# is one.  A method whose first parameter is keyword-only is reported (pep8-naming's
# reading: the call would pass the instance to nothing).
class Shape:
    def area(this):
        pass

    def scale(self, factor):
        pass

    @staticmethod
    def unit(size):
        pass

    def outer(self):
        def inner(x):
            return x
        return inner

    if True:
        def conditional(obj):
            pass

    def variadic(*args):
        pass

    def keyword(*, a):
        pass

    def _private(me):
        pass
