class Registry(entry for entry in entries):
    pass
