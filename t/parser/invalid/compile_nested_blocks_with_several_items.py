# Each item of a with statement is a block.
with lock0:
 with lock1:
  with lock2:
   with lock3:
    with lock4:
     with lock5:
      with lock6:
       with lock7:
        with lock8:
         with lock9:
          with lock10:
           with lock11:
            with lock12:
             with lock13:
              with lock14:
               with lock15:
                with lock16:
                 with lock17:
                  with lock18:
                   with lock19:
                    with first, second:
                     pass
