s = """first
second
"""
t = f"""{s}
"""
