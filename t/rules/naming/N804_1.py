# N804: the first argument of a class method is `cls`: methods decorated with
# @classmethod (or called so later, `m = classmethod(m)`), __new__, __init_subclass__ and
# __class_getitem__ (a class method since Python 3.7; pep8-naming learnt it in 0.11:
# naming-known.txt, `peer-version`), and every method of a metaclass.
import abc


class Factory:
    @classmethod
    def create(self):
        pass

    @classmethod
    def build(cls):
        pass

    def __new__(klass):
        pass

    def __init_subclass__(cls):
        pass

    def __class_getitem__(self, item):
        pass

    def later(self):
        pass

    later = classmethod(later)

    @staticmethod
    def helper(x):
        pass


class Meta(type):
    def __call__(self, *args):
        pass

    def register(cls):
        pass


class AbstractMeta(abc.ABCMeta):
    def method(self):
        pass
