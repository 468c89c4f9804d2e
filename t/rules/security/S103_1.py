# S103: permissive masks, as ints or stat constants (bandit 1.6 reads ints only).
import os
import stat

os.chmod("a", 0o777)  # high: world-writable
os.chmod("b", 0o750)  # group may execute: medium
os.chmod("c", 0o600)  # fine
os.chmod("d", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
os.chmod("e", mode=stat.S_IRWXU)  # fine
