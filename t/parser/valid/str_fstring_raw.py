a = rf"\d{x}\n"
b = fr'{x}\w'
c = Rf"C:\{path}"
d = rf"{x!r}\{{"
