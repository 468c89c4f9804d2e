note = "Überprüfung der Änderungen — größer als erwartet"; limit = 3 → 4
