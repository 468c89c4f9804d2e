import os
# D100: a public module without a docstring, reported at its first line.
