s = ("first line\n"
     "second line\n"
     "bad \x4g escape")
