not a + b * -c ** d < e and f or g if h else i
lambda: x or y if z else w
a if b else lambda: c
