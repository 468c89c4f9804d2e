größe = "Größe über dem Grenzwert — ärgerlich"; break
