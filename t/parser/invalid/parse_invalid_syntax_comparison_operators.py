if a < > b:
    pass
