message = ("first line "
           "second line "
           f"{third} line")
joined = "a" \
    "b"
