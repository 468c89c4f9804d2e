merged = {**d for d in dicts}
