# 'global' at module level is allowed (and has no effect).
global a, b
a = 1
