results = [await task for task in tasks]
