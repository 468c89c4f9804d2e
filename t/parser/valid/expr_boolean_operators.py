a or b and c or d
a and b and c
a or b or c
(a or b) and c
a and (b or c) and d
