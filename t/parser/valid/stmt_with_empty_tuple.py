with ():
    pass
