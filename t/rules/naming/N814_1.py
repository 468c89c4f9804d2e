# N814: a CamelCase name imported as a constant (that is not its acronym, N817).
from collections import OrderedDict as ORDERED_DICT
from collections import OrderedDict as OD
