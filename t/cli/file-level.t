# File-level suppressions, on a line of their own: `# ruff: noqa`, `# flake8: noqa` and
# `# pyreview: noqa` (every rule), the same with codes (only those: ruff's meaning, and
# RVW902 warns that flake8 skips the whole file then), `# pylint: skip-file`,
# `# ruff: file-ignore[...]`.  A trailing `# ruff: noqa` is not one.
=== file: pyreview.toml
select = ["F401", "F841", "RVW902", "RUF100"]
=== file: ruff_all.py
# ruff: noqa
import os
=== file: ruff_codes.py
# ruff: noqa: F841
import os
def f():
    y = 1
=== file: flake8_all.py
# flake8: noqa
import os
=== file: flake8_codes.py
import os
# flake8: noqa: F401, F841
def f():
    y = 1
=== file: pyreview_codes.py
import os
def f():
    y = 1
# pyreview: noqa: F401
=== file: pylint_skip.py
# pylint: skip-file
import os
=== file: ruff_file_ignore.py
# ruff: file-ignore[F401]
import os
def f():
    y = 1
=== file: trailing.py
import os  # ruff: noqa
=== run: pyreview
=== stdout
flake8_codes.py:2:1: RVW902 flake8 skips the whole file on `# flake8: noqa: F401, F841`, not only these rules; write `# pyreview: noqa: F401, F841`
pyreview_codes.py:3:5: F841 Local variable `y` is assigned to but never used
ruff_codes.py:2:8: F401 `os` imported but unused
ruff_file_ignore.py:4:5: F841 Local variable `y` is assigned to but never used
trailing.py:1:8: F401 `os` imported but unused
Found 5 errors.
=== status: 1
