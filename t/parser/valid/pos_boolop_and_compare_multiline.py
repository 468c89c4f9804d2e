ok = (a
      and b
      or c
      < d)
