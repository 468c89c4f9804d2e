"""Test runners find test_* functions and Test* classes by themselves."""


# Good: collected by the test runner.
def test_handler():
    assert True


# Good: collected by the test runner.
class TestViews:
    def test_index(self):
        assert True


# Bad: a helper no test calls.
def unused_fixture_helper():
    return 1
