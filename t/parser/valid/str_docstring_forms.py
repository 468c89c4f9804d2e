def f():
    "plain"
def g():
    r"raw \d"
def h():
    u"unicode"
def i():
    """multi
    line"""
def j():
    "implicit" " concatenation"
