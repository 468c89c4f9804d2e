"""A single file reviewed alone: RVW202 runs only when selected, and says it saw one file."""

# Bad (low confidence): nothing in this file reads it, and no other module was reviewed.
DEFAULT_PORT = 8080

# Good: read below.
HOST = "localhost"


# Bad (low confidence): a public function this file never calls.
def address():
    return HOST
