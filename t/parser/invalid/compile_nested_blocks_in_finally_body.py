# A finally body is compiled twice, the second time inside one more block.
try:
    pass
finally:
    for a0 in items:
     for a1 in items:
      for a2 in items:
       for a3 in items:
        for a4 in items:
         for a5 in items:
          for a6 in items:
           for a7 in items:
            for a8 in items:
             for a9 in items:
              for a10 in items:
               for a11 in items:
                for a12 in items:
                 for a13 in items:
                  for a14 in items:
                   for a15 in items:
                    for a16 in items:
                     for a17 in items:
                      for a18 in items:
                       for a19 in items:
                        for a20 in items:
                         pass
