type type = int
type match = str
type case = bytes
type _ = None
