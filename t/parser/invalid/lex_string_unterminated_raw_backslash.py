pattern = r"\"
