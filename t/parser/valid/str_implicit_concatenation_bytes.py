a = b"a" b'b' rb"c" Rb'd'
b = (b"first"
     b"second")
