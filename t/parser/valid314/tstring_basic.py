# PEP 750 template strings: the simplest forms.
name = "world"
t"hello {name}"
t''
t'plain text, no interpolation'
T"upper-case prefix {name}"
greeting = t"{name}"
