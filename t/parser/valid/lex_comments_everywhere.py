# leading comment
@decorator  # after decorator
# between decorator and def
def f(  # after open paren
    a,  # after a parameter
    # own line inside brackets
):  # after colon
    # first line of body
    return [  # open list
        1,
    ]  # close list
        # comment deeper than the block
  # comment shallower than the block
    # back at block level
# at column zero between statements of a block
    pass
# trailing comment
