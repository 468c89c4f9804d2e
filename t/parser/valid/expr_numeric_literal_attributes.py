1 .real
1..real
1.e1
1j.imag
0x1.real
1_0.0.hex()
