# N999: a migrations folder may hold modules whose names start with a digit.
