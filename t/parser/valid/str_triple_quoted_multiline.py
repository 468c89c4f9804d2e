text = """
    indented
	with a tab
    and trailing spaces   
"""
other = '''a
b'''
