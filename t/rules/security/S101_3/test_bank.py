# S101 in a test file with security.assert-in-tests: reported.
def test_withdraw():
    assert 1 + 1 == 2
