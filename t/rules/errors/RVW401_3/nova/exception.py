# The exception classes the other modules raise; their templates decide what a raise must
# pass.  Raises here are decided by this file alone.
from nova.i18n import _


class NovaException(Exception):
    msg_fmt = _("An unknown exception occurred.")

    def __init__(self, message=None, **kwargs):
        super().__init__(message or self.msg_fmt % kwargs)


class NotFound(NovaException):
    msg_fmt = _("Resource could not be found.")


class InstanceNotFound(NotFound):
    msg_fmt = _("Instance %(instance_id)s could not be found.")


class Invalid(NovaException):
    msg_fmt = _("Bad Request - Invalid Parameters")


class InvalidInput(Invalid):
    msg_fmt = _("Invalid input received: %(reason)s")


class VolumeAttachFailed(Invalid):
    msg_fmt = _("Volume %(volume_id)s could not be attached. Reason: %(reason)s")


class VolumeBusy(VolumeAttachFailed):
    pass


def lookup(instance_id):
    raise InstanceNotFound()  # RVW401, decided here: the template needs `instance_id`
