x = 1
café = 2
