try:
    pass
except ValueError as error:
    pass
except TypeError:
    pass
finally:
    pass
try:
    pass
except:
    pass
try:
    pass
except* ValueError as group:
    pass
