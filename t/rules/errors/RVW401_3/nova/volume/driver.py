# Templates with two keys, inherited through the tree and through a class of this file.
from .. import exception


class DriverAttachFailed(exception.VolumeAttachFailed):
    """Inherits VolumeAttachFailed's template from nova/exception.py."""


class DriverBusy(DriverAttachFailed):
    """Inherits it through a class of this file."""


class DriverError(exception.NovaException):
    msg_fmt = "driver %(driver)s failed"


def attach(volume_id):
    raise exception.VolumeAttachFailed(volume_id=volume_id)  # RVW403: `reason` missing


def attach_busy(volume_id):
    raise exception.VolumeBusy(reason="busy")  # RVW403: `volume_id` missing, template inherited


def attach_all(volume_id):
    raise exception.VolumeAttachFailed(volume_id=volume_id, reason="busy")  # nothing


def driver_attach(volume_id):
    raise DriverAttachFailed(volume_id=volume_id)  # RVW403: a class of the file, template imported


def driver_busy():
    raise DriverBusy  # RVW401: a class of the file, template imported through its base


def driver_error():
    raise DriverError()  # RVW401, decided here: the file's own template
