while running:
    step()
else if ready:
    finish()
