# S101 reported: testing/ is no test directory (test/ and tests/ are, as for the dead-code
# rules); a package so named is as often helpers shipped to users as a test suite.
def assert_balance(account, expected):
    assert account.balance == expected
