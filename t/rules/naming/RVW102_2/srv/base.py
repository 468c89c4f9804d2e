"""The base class: `handle_error` is this module's choice of spelling."""


class Server:
    """Serve requests."""

    def handle_error(self, request):
        """Handle a failed request."""
        return request
