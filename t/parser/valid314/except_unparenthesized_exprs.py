# PEP 758 with dotted names, calls and subscripts as the types.
import os
import socket

errors = [OSError]

try:
    pass
except os.error, socket.timeout:
    pass
except errors[0], type(ValueError()):
    pass
