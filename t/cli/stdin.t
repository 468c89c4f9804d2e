# "-" reviews standard input, shown as --stdin-filename's name (else "-"), with the
# configuration and per-file ignores that name gets; --stdin-filename alone reads it too.
=== file: pyreview.toml
select = ["E999", "F401"]
per-file-ignores = { "tests/*.py" = ["F401"] }
=== file: sub/pyreview.toml
select = ["E999"]
=== stdin
import os
=== run: pyreview -
=== stdout
-:1:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== stdin
import os
=== run: pyreview --stdin-filename pkg/m.py -
=== stdout
pkg/m.py:1:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== stdin
import os
=== run: pyreview --stdin-filename tests/test_m.py -
=== stdout
All checks passed!
=== status: 0
=== stdin
import os
=== run: pyreview --stdin-filename sub/m.py
=== stdout
All checks passed!
=== status: 0
=== stdin
def f(:
=== run: pyreview --stdin-filename broken.py - --output-format json
=== stdout
[
  {
    "cell": null,
    "code": "E999",
    "end_location": {
      "column": 7,
      "row": 1
    },
    "filename": "broken.py",
    "fix": null,
    "location": {
      "column": 7,
      "row": 1
    },
    "message": "SyntaxError: invalid syntax",
    "noqa_row": 1,
    "url": null
  }
]
=== status: 1
