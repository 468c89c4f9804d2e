# RVW101: the style that prevails among a module's function, method, argument, variable
# and attribute names is the module's convention; a name of another style is reported,
# with the counts of its kind when its kind follows the convention too.  Single words
# (`run`, `x`) fit any style and count for none; dunders, ignore-names (setUp) and names a
# base class imposes are not the module's choice and do not count either.
import unittest


class Volume:
    def attach_volume(self, volume_id):
        self.volume_id = volume_id

    def detach_volume(self):
        pass

    def resize_volume(self, new_size):
        pass

    def connectVolume(self):
        pass

    def run(self):
        pass

    def __repr__(self):
        return ""


class VolumeTests(unittest.TestCase):
    def setUp(self):
        pass

    def assertEqual(self, first, second, msg=None):
        pass

    def test_attach_volume(self):
        pass
