if (n := len(items)) > 10:
    print(n)
if match := pattern.search(line):
    print(match)
while chunk := read(1024):
    consume(chunk)
elif_value = None
if a:
    pass
elif (b := compute()) is not None:
    pass
