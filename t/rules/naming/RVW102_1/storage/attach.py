"""The prevailing spelling again."""


def attach(volume_id, host_name):
    """Both names snake_case."""
    return volume_id, host_name
