a = "abc\
def"
b = 'one \
two'
c = r"raw keeps \
the backslash"
d = """triple \
joined"""
