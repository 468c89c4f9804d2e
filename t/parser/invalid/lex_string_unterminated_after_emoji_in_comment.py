# 😀 the next line opens a string it never closes
message = 'hello
