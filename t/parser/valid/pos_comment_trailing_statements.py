x = 1  # trailing comment
if x:  # comment after colon
    pass  # comment after pass
# final comment
