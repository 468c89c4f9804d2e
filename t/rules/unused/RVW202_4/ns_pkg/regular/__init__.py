"""A regular package inside the namespace package ns_pkg."""
