# RVW403: raises that do not pass the keys the class's template (or its base's) needs.
def _(text):
    return text


class VolumeError(Exception):
    msg_fmt = _("volume %(volume)s: %(reason)s")

    def __init__(self, message=None, **kwargs):
        super().__init__(message or self.msg_fmt % kwargs)


class VolumeBusy(VolumeError):
    pass


def detach(vol_id):
    raise VolumeError(volume=vol_id)  # RVW403: reason missing


def delete(vol_id):
    raise VolumeBusy(reason="busy")  # RVW403: volume missing (inherited template)


def resize(vol_id):
    raise VolumeError(volume=vol_id, reason="too small")  # fine


def own_message(vol_id):
    raise VolumeError(message="volume %s is gone" % vol_id)  # fine: a message of its own


def bare():
    raise VolumeBusy  # RVW401: no arguments at all
