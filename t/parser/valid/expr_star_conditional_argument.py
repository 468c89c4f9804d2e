print(*a if b else c)
f(*(a or b), **(c or d))
