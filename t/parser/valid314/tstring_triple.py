# Triple-quoted t-strings spanning lines, with interpolations on several lines.
user = "u"
items = [1, 2]
page = t"""
<h1>{user}</h1>
<ul>{
    ", ".join(str(i) for i in items)
}</ul>
"""
t'''single '' quotes {user!r:>{len(user)}}
second line'''
