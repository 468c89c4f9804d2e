# S101 in a test file (under tests/, named test_*.py): not reported.
def test_withdraw():
    assert 1 + 1 == 2
