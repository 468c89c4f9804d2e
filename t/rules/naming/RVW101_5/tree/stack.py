"""The imposed names do not count, but one name of the module's own in another style is
still reported, with counts that leave the imposed names out: 2 of 3 methods."""
from tree.item import TreeItem


class FrameItem(TreeItem):
    """A frame of the stack."""

    def GetText(self):
        """The frame's line."""
        return ""

    def get_frame(self):
        """The frame."""
        return None

    def get_code(self):
        """The frame's code."""
        return None

    def getLocals(self):  # RVW101: camelCase, 2 of 3 methods here are snake_case
        """The frame's locals."""
        return {}
