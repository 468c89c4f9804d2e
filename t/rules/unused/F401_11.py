# A gettext-style `_` can be truly unused: reported like any import.
from gettext import gettext as _
import os as _os
