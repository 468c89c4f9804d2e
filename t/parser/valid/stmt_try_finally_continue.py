# 'continue' inside 'finally' is allowed since Python 3.8
for item in items:
    try:
        process(item)
    finally:
        continue
