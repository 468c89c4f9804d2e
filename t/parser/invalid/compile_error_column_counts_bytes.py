größe = 1; nonlocal zähler
