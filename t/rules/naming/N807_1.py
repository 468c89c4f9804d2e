# N807: a function that is not a method has no dunder name.  Module-level __getattr__
# and __dir__ are allowed (PEP 562); methods, static ones included, may be dunders.
def __secret__():
    pass


def __getattr__(name):
    pass


def __dir__():
    pass


def outer():
    def __inner__():
        pass
    return __inner__


class K:
    def __len__(self):
        return 0

    @staticmethod
    def __helper__():
        pass
