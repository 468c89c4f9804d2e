"""Servers: one base class whose method names its subclasses in other modules must keep."""
