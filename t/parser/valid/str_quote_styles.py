a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = 'it\'s'
f = "say \"hi\""
g = "it's"
h = 'say "hi"'
