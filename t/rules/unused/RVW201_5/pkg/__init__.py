"""RVW201 across a tree: a private name another module reads is private, not unused."""
