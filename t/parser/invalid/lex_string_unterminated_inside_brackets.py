call(first,
     'second,
     third)
