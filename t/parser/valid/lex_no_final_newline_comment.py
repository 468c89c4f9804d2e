x = 1
# a final comment without a newline