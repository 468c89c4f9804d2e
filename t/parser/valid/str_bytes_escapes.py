a = b"\x00\xff\n\101"
b = b"\t\\\'\""
c = rb"\x00 stays"
d = b'ascii only: ~!@#$%^&*()'
