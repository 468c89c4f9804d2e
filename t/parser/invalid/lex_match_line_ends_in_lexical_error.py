# A lexical error ends the line the driver looks through to decide whether `match`
# is a keyword (found by fuzzing: the error token indexed the parser tables).
match f"x
