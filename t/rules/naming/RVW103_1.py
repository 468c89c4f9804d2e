# RVW103 (off by default): mixedCase instance attributes, `self.fooBar = ...` in a method,
# each name once.  pep8-naming never looks at attributes; a class attribute is N815's.
class Connection:
    def __init__(self, host):
        self.hostName = host
        self.port_number = 0
        self._retryCount = 0
        self.hostName = host.lower()
        other = object()
        other.notMine = 1

    @staticmethod
    def make(obj):
        obj.staticAttr = 1

    @classmethod
    def build(cls):
        cls.classAttr = 1
