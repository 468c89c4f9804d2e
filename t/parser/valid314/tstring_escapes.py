# Escapes and doubled braces in the literal parts.
x = 0
t"\n{x}\t"
t"{{literal}} {x}"
t"}} and {{"
t"\x41\u00e9\N{BULLET} {x}"
t"\{x}"
t"{x}\\"
