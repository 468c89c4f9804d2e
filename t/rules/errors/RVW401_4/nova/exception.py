# Left out of the review (RVW401_4.args): what the raises in nova/compute/api.py would need
# is not known.
class NovaException(Exception):
    msg_fmt = "An unknown exception occurred."


class InstanceNotFound(NovaException):
    msg_fmt = "Instance %(instance_id)s could not be found."
