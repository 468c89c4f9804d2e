class Table[*Ts = *tuple[int], Extra]:
    pass
