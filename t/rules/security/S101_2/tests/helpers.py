# S101 in a file under tests/ that is not named test_*: not reported (a test helper).
def make_account():
    account = object()
    assert account is not None
    return account
