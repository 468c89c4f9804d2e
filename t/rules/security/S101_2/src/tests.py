# S101 in tests.py (Django's test module, unittest's test*.py pattern): not reported.
def test_transfer():
    assert 3 - 1 == 2
