class C(Base)
    pass
