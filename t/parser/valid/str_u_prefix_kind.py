a = u"marked"
b = u"a" "b"
c = "a" u"b"
d = U"upper"
