a = f"""line one {x}
line two "quoted" {y}
"""
b = f'''{x}'s value'''
