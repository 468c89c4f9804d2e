# D104: a public package whose __init__.py has no docstring.
