# N804 and metaclasses of the same file: a class deriving from a metaclass defined here
# is a metaclass too, and its methods take the class (ruff follows the base; pep8-naming
# only looks at the bases as written: naming-known.txt, `peer-bug`, test_descr.py).
class DebugMeta(type):
    def mro(cls):
        return super().mro()


class StepMeta(DebugMeta):
    def mro(cls):
        return super().mro()

    def step(self):
        pass
