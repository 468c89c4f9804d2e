# S101 under test/ (CPython's layout), whatever the file's name: not reported.
def check_balance(account):
    assert account.balance >= 0
