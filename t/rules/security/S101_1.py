# S101: assert, reported at the keyword (test files are exempt: see S101_2/).
def withdraw(account, amount):
    assert amount <= account.balance
    account.balance -= amount
