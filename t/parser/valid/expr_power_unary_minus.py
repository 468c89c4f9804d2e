# ** binds tighter than a unary operator on its left, looser than one on its right
-2 ** 2
2 ** -1
(-2) ** 2
-x ** -y
~x ** 2
+x ** +y
not x ** 2
