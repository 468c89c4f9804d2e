class Config(base=1, base=2):
    break
