x=1if y else-2
z=[1,2][0]*3
w=not(x)or(y)
