match match:
    case case:
        pass
match type:
    case _:
        pass
