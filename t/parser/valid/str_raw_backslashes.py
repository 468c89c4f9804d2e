a = r"\n"
b = r"\""
c = r'\''
d = r"\\"
e = r"ends with two \\"
f = rb"\d+\.\d+"
