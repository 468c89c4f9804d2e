def reload():
    import config
    global config
