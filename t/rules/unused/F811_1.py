# F811: a definition replaced before anything read it, in the same scope and branch.
import os
import os

os.getcwd()


def f():
    pass


def f():
    pass


class C:
    def m(self):
        pass

    @property
    def p(self):
        pass

    @p.setter
    def p(self, value):
        pass

    def m(self):
        pass
