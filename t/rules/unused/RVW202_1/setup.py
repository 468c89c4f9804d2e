"""setup.py: its names are read by the packaging tools, never reported."""
NAME = "app"

# The entry point reads app.core.consts.entry: a string in setup.py counts as a read.
ENTRY_POINTS = {"console_scripts": ["app = app.core.cli:main"]}
