"""The other spelling: reported, with 2 modules spelling it `handle_error` (base.py and
util.py; the overrides in http.py and tcp.py do not count)."""


def handleError(request):  # RVW102 (and N802)
    """Log a failed request, the old way."""
    return request
