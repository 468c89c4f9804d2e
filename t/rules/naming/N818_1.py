# N818 (off by default, as in pep8-naming): an exception class, one whose direct base is
# Exception or a name ending in Error, ends in Error.
class Invalid(Exception):
    pass


class ParseError(ValueError):
    pass


class Timeout(ParseError):
    pass


class NotAnException(object):
    pass
