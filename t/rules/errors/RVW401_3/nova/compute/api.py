# Raises of nova/exception.py's classes from another module: the join finds their templates.
import nova.exception
import requests
from nova import InvalidInput
from nova import exception
from nova.exception import InstanceNotFound as NF


def get(instance_id):
    raise exception.InstanceNotFound()  # RVW401: module import + attribute; needs `instance_id`


def get_by_uuid(uuid):
    raise exception.InstanceNotFound(instance=uuid)  # RVW403: the key is `instance_id`


def get_aliased(instance_id):
    raise NF  # RVW401: from-import under an alias


def get_qualified(instance_id):
    raise nova.exception.InstanceNotFound()  # RVW401: `import nova.exception`


def get_fine(instance_id):
    raise exception.InstanceNotFound(instance_id=instance_id)  # nothing: every key given


def get_spread(**kwargs):
    raise exception.InstanceNotFound(**kwargs)  # nothing: the keys cannot be read


def get_message(instance_id):
    raise exception.InstanceNotFound("instance %s is gone" % instance_id)  # nothing: its own message


def get_named_message(instance_id):
    raise exception.InstanceNotFound(message="gone")  # nothing: its own message


def unknown():
    raise exception.NovaException()  # nothing: the template needs no key


def validate(value):
    raise InvalidInput(value=value)  # RVW403: re-exported by nova/__init__.py; needs `reason`


def fetch(url):
    raise requests.HTTPError()  # nothing: a library's class, not in the tree


def suppressed(instance_id):
    raise exception.InstanceNotFound()  # noqa: RVW401
