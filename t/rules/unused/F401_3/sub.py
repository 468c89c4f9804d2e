# A module of the package: `helper` is used by nothing here.
def helper():
    pass
