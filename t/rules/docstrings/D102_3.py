"""D102: the docstring is a string literal standing alone as the first statement; a
string used in an expression is none (pydocstyle takes any opening string token:
docstrings-known.txt, `peer-bug`, test_str.py)."""


class Strings:
    """Strings."""

    def lowered(self):
        "abc".lower()

    def formatted(self):
        f"{self}"

    def documented(self):
        "A docstring in plain quotes."
