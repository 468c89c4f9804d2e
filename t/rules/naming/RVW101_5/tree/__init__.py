"""A tree widget whose item API is PascalCase, as idlelib's TreeItem is."""
