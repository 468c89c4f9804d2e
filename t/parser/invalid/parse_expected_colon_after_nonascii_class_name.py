class Größenänderung(Basis)
    pass
