"""The base class: its PascalCase method names are this module's own choice, so PascalCase
prevails here and RVW101 reports nothing (N802 reports each)."""


class TreeItem:
    """An item of the tree."""

    def GetText(self):
        """Text to show."""
        return ""

    def IsExpandable(self):
        """Whether it has children."""
        return False

    def GetSubList(self):
        """Its children."""
        return []
