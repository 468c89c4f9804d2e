for item in items:
    if item is None:
        continue
    if item == target:
        break
else:
    not_found()
