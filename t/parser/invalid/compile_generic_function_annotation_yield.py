def first[T](items: (yield)) -> T:
    pass
