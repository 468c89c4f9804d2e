# D100: a module whose name starts with an underscore is private: no docstring needed.
