-x
+x
~x
not x
- - x
-+~x
-(-x)
