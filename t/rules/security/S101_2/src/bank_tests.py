# S101 in *_tests.py: not reported.
def test_interest():
    assert 1 * 1 == 1
