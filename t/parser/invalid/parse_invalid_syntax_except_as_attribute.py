try:
    pass
except ValueError as error.attr:
    pass
