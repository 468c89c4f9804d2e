for task in tasks:
    try:
        task()
    except* ValueError:
        break
