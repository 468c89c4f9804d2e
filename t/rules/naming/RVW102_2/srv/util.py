"""A function of its own spelt `handle_error`: counted."""


def handle_error(request):
    """Log a failed request."""
    return request
