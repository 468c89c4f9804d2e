x = """first
second
third"""
y = f(
    '''a
b''', 2)
