# An empty tuple or list is a valid target: it unpacks an empty iterable.
() = []
[] = ()
