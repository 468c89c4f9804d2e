def gen(keys):
    return {k: (yield k) for k in keys}
