"""A package one of whose modules is being edited and does not parse."""
