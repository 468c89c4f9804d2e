# Python 2's print chevron is an ordinary expression in Python 3:
# a tuple whose first item shifts the print function right.
print >> sys.stderr, "message"
