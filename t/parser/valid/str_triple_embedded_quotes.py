a = """one "quoted" word, ""two"" and \"""escaped\""" """
b = '''it's, isn''t, and ''\''three'''
c = """ends with an escaped quote\""""
d = '''
multi
line
'''
