while running:
    if done():
        break
    if skip():
        continue
    step()
else:
    finish()
