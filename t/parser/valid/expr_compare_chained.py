a < b <= c > d >= e == f != g
0 <= index < length
a == b == c
