from os import path
from os import path as p, sep
from os.path import (join, split,)
from os.path import (
    join as j,
    split,
)
from . import sibling
from .. import parent
from .module import name
from ...package.module import deep as d
from .... import four_dots
from ..... import five_dots
from json import *
