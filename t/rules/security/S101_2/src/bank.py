# S101 in code: reported.  src/ is no test directory.
def withdraw(account, amount):
    assert amount <= account.balance
