"""Views: read the constants of app.core in every way an import allows."""
import functools

from app import SHARED_LIMIT
from app.core import consts
from app.core.consts import TIMEOUT

from ..core import relative

# Good: read through an alias of the module.
import app.core.consts as settings


def handler():
    """Reads the constants."""
    return TIMEOUT, consts.RETRIES, SHARED_LIMIT, getattr(consts, "LOOKUP_NAME"), relative.ONLY_RELATIVE


def limit():
    """Reads one more, through the alias."""
    return settings.BASE


# Bad: functools' decorators register nothing, so this one is unused all the same.
@functools.singledispatch
def dispatch(value):
    """Dispatches."""
    return value


def app_route(path):
    """Registers a view under path (a stand-in for a web framework's)."""
    return lambda view: view


# Good: a decorator may register the function (a route, a hook): not reported.
@app_route("/")
def index():
    """A view its decorator registers."""
    return handler(), limit()


# Good: a script's own names, under the main guard.
if __name__ == "__main__":
    SCRIPT_ONLY = 1
    index()
