a = "a" "b"
b = "a" 'b' """c""" '''d'''
c = ("first "
     "second "
     "third")
d = r"raw\n" "cooked\n"
e = u"unicode kind" "plain"
f = "plain" u"second is u"
