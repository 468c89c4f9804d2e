x.match
x.case
x.type
x._
x.match.case.type = 1
