# Replacement fields spanning lines, with comments (PEP 701 rules, also in t-strings).
a = 1
t"{
    a  # a comment inside the field
    + 1
}"
t"{a
   :>5}"
t'''{
a!r
}'''
