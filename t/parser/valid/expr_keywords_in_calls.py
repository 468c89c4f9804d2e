f(match=1, case=2, type=3, _=4)
dict(print=print, exec=exec)
