# S101 in *_test.py (pytest's other file pattern): not reported.
def test_deposit():
    assert 2 + 2 == 4
