"""Docstring."""
"""A second string is not a docstring."""
from __future__ import annotations
