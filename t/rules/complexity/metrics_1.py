#!/usr/bin/env python3
"""`pyreview --metrics`: radon's raw metrics with their quirks, Halstead volume, the
maintainability index and each model's complexity per unit.

A docstring of several lines counts as multi; the blank line above is blank.
"""
import os  # a comment after code: one comment, one SLOC

"a lone string on one line counts as a single comment"
# a comment line
TABLE = {1: 2}  # a colon that does not end its part: two logical lines
x = 1; y = 2  # two logical lines
if x: y = 3  # two logical lines
s = f"{x:>{y}}"  # the colons of an f-string are inside its one token
z = [
    1,  # comments inside brackets belong to the statement's group

    2,
]


def f(a, b=lambda: 0):
    """One line: a single comment."""
    if a and b or not a:
        return a[1:]
    return [c for c in a if c] if a else None


class C:
    def m(self, v):
        match v:
            case 1:
                return 1
            case _:
                return 0

    def n(self):
        try:
            pass
        except ValueError:
            pass


while x:
    x -= 1
