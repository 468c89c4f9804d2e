# first comment
#second comment without space
    # indented comment
#
