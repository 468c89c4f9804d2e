"""RVW202 under `public-api = true`: a library's public names are its interface.

Reviewed alone with RVW202 selected, this module's unused public constant and function
would be reported (see RVW202_2); the option says the code is a library whose users live
outside the tree, so nothing is.
"""

# Good under public-api: read by the library's users, not by the tree.
DEFAULT_TIMEOUT = 30


# Good under public-api: the library's entry point.
def connect(host):
    """Connects to host."""
    return host
