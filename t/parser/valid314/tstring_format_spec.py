# Format specifications, literal and with nested interpolations.
value = 3.14159
width, prec = 10, 2
t"{value:>10}"
t"{value:.2f}"
t"{value:{width}.{prec}f}"
t"{value:{width}}"
t"[{value:*^{width}}]"
t"{value:}"
t"{value!r:}"
