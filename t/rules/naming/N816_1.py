# N816: a name the module binds is not mixedCase (for targets and the like too);
# UPPER_CASE and CapWords names are not mixedCase.
mixedCase = 1
_privateMixed = 2
snake_case = 3
CONSTANT_VALUE = 4
CamelName = 5
for loopVar in range(3):
    pass
tearDownModule = None
