total = 1 + \
    2
s = 'a\
b'
