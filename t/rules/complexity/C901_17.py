# C901, ruff's count: module-level code is not checked (RULES.md §2.3)
if a:
    if b:
        pass
