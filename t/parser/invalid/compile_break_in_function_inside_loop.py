for attempt in range(3):
    def stop():
        break
