x = 1
doc = """This string
never ends.
x = 2
