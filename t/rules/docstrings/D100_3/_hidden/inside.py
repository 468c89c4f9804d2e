# D100: a module in a folder whose name starts with an underscore is private too.
