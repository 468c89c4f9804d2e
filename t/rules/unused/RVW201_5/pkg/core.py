"""Module-private names, some of which other modules of the tree read."""

# Good: pkg.use imports it by name.
_SHARED_LIMIT = 10

# Good: pkg.use reads it as an attribute of this module.
_attribute_read = "x"


# Good: a test module imports it.
def _helper():
    """A helper the tests call directly."""
    return 1


# Bad: no module of the tree reads it.
_forgotten = 3


# Bad: nothing reads it; a module that binds the same name does not count.
def _local_only():
    """Was once called from here."""
    return 2
