# Reviewed alone (RVW401_4.args leaves out the rest of the tree): the template of a class of
# another file is not known, so nothing is reported.
from nova import exception


def get(instance_id):
    raise exception.InstanceNotFound()  # nothing: nova/exception.py is not reviewed


def get_by_uuid(uuid):
    raise exception.InstanceNotFound(instance=uuid)  # nothing: nova/exception.py is not reviewed
