# RVW203: stores whose value no read can see, each with the line that overwrites it.
import os


def straight(path):
    # the first value is replaced before anything reads it
    size = 0
    size = os.path.getsize(path)
    return size


def both_branches(flag):
    # every path assigns again before the read: the initial value is dead
    mode = "r"
    if flag:
        mode = "rb"
    else:
        mode = "rt"
    return mode


def at_the_end(items):
    # read once, then incremented for nobody: the function ends first
    count = len(items)
    print(count)
    count += 1


def same_statement(x, y):
    # the first target is overwritten by the second one at once
    a, a = x, y
    return a


def in_the_loop(rows):
    # each iteration overwrites `line` before reading it
    for row in rows:
        line = row.strip()
        line = row.lower()
        print(line)


def handler_overwrites():
    # the try body or, after an exception, the handler replaces the first value
    state = "start"
    try:
        state = "running"
        os.sync()
    except OSError:
        state = "failed"
    print(state)


async def in_async(reader):
    # async functions are functions too
    data = await reader.read()
    data = b""
    return data


def f_string(name):
    # a read in an f-string counts, but only the last value gets there
    label = "x"
    label = name.title()
    return f"<{label}>"
