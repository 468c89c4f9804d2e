"""The prevailing spelling: `volume_id` (in this module and in attach.py)."""


def create(volume_id, size):
    """`volume_id` is snake_case here, as in most modules of the tree."""
    return volume_id, size
