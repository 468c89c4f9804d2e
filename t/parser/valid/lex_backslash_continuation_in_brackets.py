items = [1, \
         2]
call(a, \
b)
