f = lambda x, *, y=1: x if y else (
    y
)
