def load(keys):
    return [k for k in await fetch(keys)]
