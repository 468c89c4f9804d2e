"""A module that spells the same names in camelCase."""


def detach(volumeId, hostName):
    """Bad: `volumeId` is `volume_id` in two other modules; bad: `hostName` likewise
    against attach.py (one module to one is no majority: `hostName` ties, not reported)."""
    return volumeId, hostName


# Good: a class named like a variable is no mix (classes are compared with classes).
class VolumeId:
    """A class."""


# Good: a single word is no style at all (`volume` fits both).
volume = None

# Good: a constant spelt in capitals is a constant, not a third spelling.
VOLUME_ID = 1
