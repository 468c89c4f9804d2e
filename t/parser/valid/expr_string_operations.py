"a" + "b"
"abc" * 3
"%s=%d" % (name, value)
b"bytes" + b"more"
"x" in text
