# C901, ruff's count: methods are rated one by one; the class is not rated (RULES.md §2.3)
class C:
    def m1(self, a):
        if a:
            pass

    def m2(self, a):
        if a:
            pass
