# `# type:` comments read names (pyflakes 2.5 parses them; RULES.md 2.1 says pyflakes
# 3.4 dropped them: pyreview keeps reading them).  `Counter` is read by no comment.
from typing import List, Dict
from collections import Counter, OrderedDict
import decimal


def f(a, b):
    # type: (List[int], Dict[str, int]) -> OrderedDict
    return a


x = []  # type: List[decimal.Decimal]
