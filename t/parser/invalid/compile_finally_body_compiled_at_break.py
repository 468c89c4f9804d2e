# Leaving the try by break compiles the finally body there, before the rest of the
# try body.
for item in items:
    try:
        break
        first = *item
    finally:
        second = *item
