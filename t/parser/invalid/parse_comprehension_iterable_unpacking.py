flat = [*x for x in rows]
