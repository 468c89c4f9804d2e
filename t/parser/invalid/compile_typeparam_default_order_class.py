class Mapping[K = str, V = int, Extra]:
    pass
