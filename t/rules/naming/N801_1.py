# N801: a class name is CapWords once its leading and trailing underscores are set aside;
# the message names the class as written.
class my_class:
    pass


class Bad_Name:
    pass


class lower:
    pass


class _private_lower:
    pass


class Good:
    pass


class _Good:
    pass


class __Dunder__:
    pass


class Good_:
    pass


class   Spaced_out(object):
    pass
