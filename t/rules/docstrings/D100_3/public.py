# D100: reported.
