"""Plugins the application registers through entry points."""


# Good: [project.entry-points."app.plugins"] in pyproject.toml names it.
def export_csv(rows):
    """Writes rows as CSV."""
    return rows


# Bad: no entry point names it, and nothing reads it.
def export_xml(rows):
    """Writes rows as XML."""
    return rows
