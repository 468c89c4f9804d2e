# N813: a CamelCase name imported under a lowercase name.
from collections import OrderedDict as odict
from collections import OrderedDict as Ordered
