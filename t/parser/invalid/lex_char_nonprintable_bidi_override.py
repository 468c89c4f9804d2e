access = 'user'
if access != 'none‮':
    ok = 1
flag = ‮
