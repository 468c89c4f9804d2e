# S101 under test/ with security.assert-in-tests=true (S101_3.args): reported, as bandit
# reports it.
def check_balance(account):
    assert account.balance >= 0
