a << 1 | b >> 2 & c ^ d
a | b ^ c & d
a & b << c + d
~a & ~b | -c
