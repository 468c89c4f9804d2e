a or b if c and d else e or f
not a if b else c
