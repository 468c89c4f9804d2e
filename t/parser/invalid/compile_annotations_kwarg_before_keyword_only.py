def f(*, key: [(yield) for k in keys], **rest: [(yield) for r in rests]):
    pass
