# Translation marker, as nova's messages are written.
def _(text):
    return text
