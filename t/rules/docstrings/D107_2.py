"""D107 and the numpy convention, which documents __init__'s parameters in the class
docstring: not reported."""


class Public:
    """Public."""

    def __init__(self):
        pass
