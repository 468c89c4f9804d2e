_ = 1
_(x)
for _ in range(3):
    pass
print(_)
match value:
    case [_, *_]:
        pass
    case x if _:
        pass
