# S101 reported: a directory whose name only ends in "test" is none of test/, tests/,
# testing/.
def latest(items):
    assert items
    return items[-1]
