@buttons[0].clicked.connect
def subscripted(): pass

@(lambda f: f)
def parenthesized_lambda(): pass

@handler if debug else other
def conditional(): pass

@registry := make_registry()
def walrus(): pass

@a.b(c)[d].e(f)
def chained(): pass

@x or y
def boolean(): pass
