# RVW201: module-private names bound at module level and never read in the module.
import functools

_CACHE_SIZE = 128          # reported: nothing reads it


def _old_helper(x):        # reported: a private function nobody calls
    return x


class _Legacy:             # reported: a private class nobody uses
    pass


_retries: int = 3          # reported: an annotated assignment is a binding too
_first = 1                 # reported once, at its first binding
_first = 2


@functools.lru_cache
def cached(x):
    return x
