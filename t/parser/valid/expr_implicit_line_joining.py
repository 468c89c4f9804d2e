total = (a +
         b -  # a comment inside brackets
         c)
items = [
    1,

    # blank lines and comments are fine here
    2,
]
call(a,
     b)
d = {
    "k":
        "v",
}
