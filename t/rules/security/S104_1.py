# S104: binding all interfaces; S108: shared temporary directories (not in tempfile's
# own arguments).
import tempfile

HOST = "0.0.0.0"
LOG = "/tmp/app.log"
CACHE = "/var/tmp/cache"
tempfile.mkdtemp(dir="/tmp")
"""A docstring that says 0.0.0.0 is not reported."""
