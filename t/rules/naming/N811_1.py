# N811: a constant imported under a name that is not a constant.
from os import SEEK_SET as seek_set
from os import SEEK_END as SEEK
from os import O_RDONLY as ReadOnly
