# S101 reported: the name ends in "test.py" but not "_test.py".
def contest(entries):
    assert entries
