# The package re-exports one exception class: `from nova import InvalidInput` finds it here.
from nova.exception import InvalidInput
