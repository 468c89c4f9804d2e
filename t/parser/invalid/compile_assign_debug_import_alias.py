import logging as __debug__
