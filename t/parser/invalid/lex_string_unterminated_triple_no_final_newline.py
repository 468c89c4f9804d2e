x = '''abc
def