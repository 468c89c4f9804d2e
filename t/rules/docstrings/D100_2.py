"""A public module with its docstring: nothing to report."""
import os
