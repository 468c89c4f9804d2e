# RVW201 stays quiet in a module with a module-level __getattr__ (PEP 562): it may hand
# out any name, private ones included.
_lazy = None


def __getattr__(name):
    raise AttributeError(name)
