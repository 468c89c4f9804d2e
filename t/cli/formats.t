# Every output format on the same findings: concise, full (source line and caret; colour
# with --color always, none with NO_COLOR or --color never), json (ruff's schema,
# pretty), json-lines, sarif, github, junit; columns count characters, not bytes; a syntax
# error keeps CPython's line, column and words in every format; special characters are
# escaped for each format.
=== file: pyreview.toml
select = ["E999", "F401", "F841", "RVW902"]
=== file: pkg/uni.py
"""Ünïcödé module."""
import os, sys  # façade
def f():
	ñ = "x"
=== file: pkg/broken.py
x = [1,
=== file: pkg/cl.py
# flake8: noqa: F401
import os
=== file: weird name, "q" & <t>.py
import json
=== run: pyreview --output-format concise
=== stdout
pkg/broken.py:1:5: E999 SyntaxError: '[' was never closed
pkg/cl.py:1:1: RVW902 flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`
pkg/uni.py:2:8: F401 `os` imported but unused
pkg/uni.py:2:12: F401 `sys` imported but unused
pkg/uni.py:4:2: F841 Local variable `ñ` is assigned to but never used
weird name, "q" & <t>.py:1:8: F401 `json` imported but unused
Found 6 errors.
=== status: 1
=== run: pyreview --output-format full
=== stdout
pkg/broken.py:1:5: E999 SyntaxError: '[' was never closed
  |
1 | x = [1,
  |     ^
  |

pkg/cl.py:1:1: RVW902 flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`
  |
1 | # flake8: noqa: F401
  | ^^^^^^^^^^^^^^^^^^^^
  |

pkg/uni.py:2:8: F401 `os` imported but unused
  |
2 | import os, sys  # façade
  |        ^^
  |

pkg/uni.py:2:12: F401 `sys` imported but unused
  |
2 | import os, sys  # façade
  |            ^^^
  |

pkg/uni.py:4:2: F841 Local variable `ñ` is assigned to but never used
  |
4 |     ñ = "x"
  |     ^
  |

weird name, "q" & <t>.py:1:8: F401 `json` imported but unused
  |
1 | import json
  |        ^^^^
  |

Found 6 errors.
=== status: 1
=== run: pyreview --output-format full --color always pkg/uni.py
=== stdout
[1mpkg/uni.py[0m:2:8: [1;31mF401[0m `os` imported but unused
[1;34m  |[0m
[1;34m2 |[0m import os, sys  # façade
[1;34m  |[0m        [1;31m^^[0m
[1;34m  |[0m

[1mpkg/uni.py[0m:2:12: [1;31mF401[0m `sys` imported but unused
[1;34m  |[0m
[1;34m2 |[0m import os, sys  # façade
[1;34m  |[0m            [1;31m^^^[0m
[1;34m  |[0m

[1mpkg/uni.py[0m:4:2: [1;31mF841[0m Local variable `ñ` is assigned to but never used
[1;34m  |[0m
[1;34m4 |[0m     ñ = "x"
[1;34m  |[0m     [1;31m^[0m
[1;34m  |[0m

Found 3 errors.
=== status: 1
=== run: NO_COLOR=1 pyreview --output-format full pkg/broken.py
=== stdout
pkg/broken.py:1:5: E999 SyntaxError: '[' was never closed
  |
1 | x = [1,
  |     ^
  |

Found 1 error.
=== status: 1
=== run: pyreview --output-format json
=== stdout
[
  {
    "cell": null,
    "code": "E999",
    "end_location": {
      "column": 5,
      "row": 1
    },
    "filename": "pkg/broken.py",
    "fix": null,
    "location": {
      "column": 5,
      "row": 1
    },
    "message": "SyntaxError: '[' was never closed",
    "noqa_row": 1,
    "url": null
  },
  {
    "cell": null,
    "code": "RVW902",
    "end_location": {
      "column": 21,
      "row": 1
    },
    "filename": "pkg/cl.py",
    "fix": null,
    "location": {
      "column": 1,
      "row": 1
    },
    "message": "flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`",
    "noqa_row": 1,
    "url": null
  },
  {
    "cell": null,
    "code": "F401",
    "end_location": {
      "column": 10,
      "row": 2
    },
    "filename": "pkg/uni.py",
    "fix": null,
    "location": {
      "column": 8,
      "row": 2
    },
    "message": "`os` imported but unused",
    "noqa_row": 2,
    "url": null
  },
  {
    "cell": null,
    "code": "F401",
    "end_location": {
      "column": 15,
      "row": 2
    },
    "filename": "pkg/uni.py",
    "fix": null,
    "location": {
      "column": 12,
      "row": 2
    },
    "message": "`sys` imported but unused",
    "noqa_row": 2,
    "url": null
  },
  {
    "cell": null,
    "code": "F841",
    "end_location": {
      "column": 3,
      "row": 4
    },
    "filename": "pkg/uni.py",
    "fix": null,
    "location": {
      "column": 2,
      "row": 4
    },
    "message": "Local variable `ñ` is assigned to but never used",
    "noqa_row": 4,
    "url": null
  },
  {
    "cell": null,
    "code": "F401",
    "end_location": {
      "column": 12,
      "row": 1
    },
    "filename": "weird name, \"q\" & <t>.py",
    "fix": null,
    "location": {
      "column": 8,
      "row": 1
    },
    "message": "`json` imported but unused",
    "noqa_row": 1,
    "url": null
  }
]
=== status: 1
=== run: pyreview --output-format json-lines
=== stdout
{"cell":null,"code":"E999","end_location":{"column":5,"row":1},"filename":"pkg/broken.py","fix":null,"location":{"column":5,"row":1},"message":"SyntaxError: '[' was never closed","noqa_row":1,"url":null}
{"cell":null,"code":"RVW902","end_location":{"column":21,"row":1},"filename":"pkg/cl.py","fix":null,"location":{"column":1,"row":1},"message":"flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`","noqa_row":1,"url":null}
{"cell":null,"code":"F401","end_location":{"column":10,"row":2},"filename":"pkg/uni.py","fix":null,"location":{"column":8,"row":2},"message":"`os` imported but unused","noqa_row":2,"url":null}
{"cell":null,"code":"F401","end_location":{"column":15,"row":2},"filename":"pkg/uni.py","fix":null,"location":{"column":12,"row":2},"message":"`sys` imported but unused","noqa_row":2,"url":null}
{"cell":null,"code":"F841","end_location":{"column":3,"row":4},"filename":"pkg/uni.py","fix":null,"location":{"column":2,"row":4},"message":"Local variable `ñ` is assigned to but never used","noqa_row":4,"url":null}
{"cell":null,"code":"F401","end_location":{"column":12,"row":1},"filename":"weird name, \"q\" & <t>.py","fix":null,"location":{"column":8,"row":1},"message":"`json` imported but unused","noqa_row":1,"url":null}
=== status: 1
=== run: pyreview --output-format sarif
=== stdout
{
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "pyreview",
          "version": "0.1.0",
          "rules": [
            {
              "id": "E999",
              "name": "syntax-error",
              "shortDescription": {
                "text": "Reports a file that Python would refuse to run: a syntax error, an indentation or tab error, or one of the errors CPython raises while compiling (`'return' outside function`, a misplaced `nonlocal`, a late `from __future__ import`, ...), with CPython's own words, line and column."
              },
              "help": {
                "text": "# E999 syntax-error\n\n## What it does\nReports a file that Python would refuse to run: a syntax error, an indentation or tab\nerror, or one of the errors CPython raises while compiling (`'return' outside function`,\na misplaced `nonlocal`, a late `from __future__ import`, ...), with CPython's own words,\nline and column.\n\n## Why it matters\nCode that does not parse does not run, and nothing else in the file can be reviewed until\nit does.\n\n## Example\n```python\ndef area(width, height)\n    return width * height\n```\n\n## Fix\nCorrect the line the message points at:\n\n```python\ndef area(width, height):\n    return width * height\n```\n\n## Options\nNone.  A syntax error is always reported: it cannot be ignored, suppressed or baselined.\n",
                "markdown": "# E999 syntax-error\n\n## What it does\nReports a file that Python would refuse to run: a syntax error, an indentation or tab\nerror, or one of the errors CPython raises while compiling (`'return' outside function`,\na misplaced `nonlocal`, a late `from __future__ import`, ...), with CPython's own words,\nline and column.\n\n## Why it matters\nCode that does not parse does not run, and nothing else in the file can be reviewed until\nit does.\n\n## Example\n```python\ndef area(width, height)\n    return width * height\n```\n\n## Fix\nCorrect the line the message points at:\n\n```python\ndef area(width, height):\n    return width * height\n```\n\n## Options\nNone.  A syntax error is always reported: it cannot be ignored, suppressed or baselined.\n"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "concern": "syntax",
                "severity": "HIGH",
                "confidence": "HIGH",
                "tags": [
                  "syntax"
                ]
              }
            },
            {
              "id": "F401",
              "name": "unused-import",
              "shortDescription": {
                "text": "Reports an import that nothing in the module uses: no reference reaches the name it binds, it is not listed in `__all__`, and it is not a re-export (`import a as a`, `from m import x as x`).  In an `__init__.py` the message suggests the alternatives to removing it."
              },
              "help": {
                "text": "# F401 unused-import\n\n## What it does\nReports an import that nothing in the module uses: no reference reaches the name it binds,\nit is not listed in `__all__`, and it is not a re-export (`import a as a`,\n`from m import x as x`).  In an `__init__.py` the message suggests the alternatives to\nremoving it.\n\n## Why it matters\nAn unused import costs start-up time, can hide a circular import, and tells the reader\nthat the module depends on something it does not use.\n\n## Example\n```python\nimport os\nimport sys\n\nprint(sys.argv)\n```\n\n## Fix\nRemove the import; if it is there for its side effects, list the module in\n`allowed-unused-imports`; if it is part of the package's interface, name it in `__all__`\nor re-export it as `from .m import x as x`.\n\n## Options\n- `allowed-unused-imports`: modules imported for their side effects.\n",
                "markdown": "# F401 unused-import\n\n## What it does\nReports an import that nothing in the module uses: no reference reaches the name it binds,\nit is not listed in `__all__`, and it is not a re-export (`import a as a`,\n`from m import x as x`).  In an `__init__.py` the message suggests the alternatives to\nremoving it.\n\n## Why it matters\nAn unused import costs start-up time, can hide a circular import, and tells the reader\nthat the module depends on something it does not use.\n\n## Example\n```python\nimport os\nimport sys\n\nprint(sys.argv)\n```\n\n## Fix\nRemove the import; if it is there for its side effects, list the module in\n`allowed-unused-imports`; if it is part of the package's interface, name it in `__all__`\nor re-export it as `from .m import x as x`.\n\n## Options\n- `allowed-unused-imports`: modules imported for their side effects.\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "concern": "unused-imports",
                "severity": "MEDIUM",
                "confidence": "HIGH",
                "tags": [
                  "unused-imports"
                ]
              }
            },
            {
              "id": "F841",
              "name": "unused-variable",
              "shortDescription": {
                "text": "Reports a local variable that is assigned (or bound by `except ... as`, `with ... as`, or `:=`) and never read."
              },
              "help": {
                "text": "# F841 unused-variable\n\n## What it does\nReports a local variable that is assigned (or bound by `except ... as`, `with ... as`, or\n`:=`) and never read.\n\n## Why it matters\nThe assignment does nothing: either it is left over from an edit, or the value was meant\nto be used and a bug hides behind it.\n\n## Example\n```python\ndef area(width, height):\n    result = width * height\n    return width * height\n```\n\n## Fix\nUse the value or remove the assignment; name a value that must be discarded `_`.\n\n## Options\n- `dummy-variable-rgx`: names that may stay unused (default: `_`, `__`, `_name`).\n",
                "markdown": "# F841 unused-variable\n\n## What it does\nReports a local variable that is assigned (or bound by `except ... as`, `with ... as`, or\n`:=`) and never read.\n\n## Why it matters\nThe assignment does nothing: either it is left over from an edit, or the value was meant\nto be used and a bug hides behind it.\n\n## Example\n```python\ndef area(width, height):\n    result = width * height\n    return width * height\n```\n\n## Fix\nUse the value or remove the assignment; name a value that must be discarded `_`.\n\n## Options\n- `dummy-variable-rgx`: names that may stay unused (default: `_`, `__`, `_name`).\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "concern": "unused-variables",
                "severity": "MEDIUM",
                "confidence": "HIGH",
                "tags": [
                  "unused-variables"
                ]
              }
            },
            {
              "id": "RVW902",
              "name": "flake8-file-level-noqa-codes",
              "shortDescription": {
                "text": "Reports `"
              },
              "help": {
                "text": "# RVW902 flake8-file-level-noqa-codes\n\n## What it does\nReports `# flake8: noqa: CODES` on a line of its own.  pyreview and ruff read it as\nsuppressing those codes in the whole file; flake8 ignores the codes and skips the whole\nfile.\n\n## Why it matters\nWhen flake8 also runs, the file is not checked by it at all, which nobody meant.\n\n## Example\n```python\n# flake8: noqa: F401\nimport os\n```\n\n## Fix\nWrite `# pyreview: noqa: F401` (or `# ruff: noqa: F401`), which flake8 does not read.\n\n## Options\nNone.\n",
                "markdown": "# RVW902 flake8-file-level-noqa-codes\n\n## What it does\nReports `# flake8: noqa: CODES` on a line of its own.  pyreview and ruff read it as\nsuppressing those codes in the whole file; flake8 ignores the codes and skips the whole\nfile.\n\n## Why it matters\nWhen flake8 also runs, the file is not checked by it at all, which nobody meant.\n\n## Example\n```python\n# flake8: noqa: F401\nimport os\n```\n\n## Fix\nWrite `# pyreview: noqa: F401` (or `# ruff: noqa: F401`), which flake8 does not read.\n\n## Options\nNone.\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "concern": "suppressions",
                "severity": "MEDIUM",
                "confidence": "HIGH",
                "tags": [
                  "suppressions"
                ]
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "E999",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "SyntaxError: '[' was never closed"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "pkg/broken.py",
                  "uriBaseId": "%SRCROOT%"
                },
              "region": {
                "startLine": 1,
                "startColumn": 5,
                "endLine": 1,
                "endColumn": 5
              }
              }
            }
          ],
          "partialFingerprints": {
            "pyreview/v1": "fb7becc1702502c7"
          },
          "properties": {
            "severity": "HIGH",
            "confidence": "HIGH"
          }
        },
        {
          "ruleId": "RVW902",
          "ruleIndex": 3,
          "level": "warning",
          "message": {
            "text": "flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "pkg/cl.py",
                  "uriBaseId": "%SRCROOT%"
                },
              "region": {
                "startLine": 1,
                "startColumn": 1,
                "endLine": 1,
                "endColumn": 21
              }
              }
            }
          ],
          "partialFingerprints": {
            "pyreview/v1": "40e117cc141894a0"
          },
          "properties": {
            "severity": "MEDIUM",
            "confidence": "HIGH"
          }
        },
        {
          "ruleId": "F401",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "`os` imported but unused"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "pkg/uni.py",
                  "uriBaseId": "%SRCROOT%"
                },
              "region": {
                "startLine": 2,
                "startColumn": 8,
                "endLine": 2,
                "endColumn": 10
              }
              }
            }
          ],
          "partialFingerprints": {
            "pyreview/v1": "44fa02229af7c020"
          },
          "properties": {
            "severity": "MEDIUM",
            "confidence": "HIGH"
          }
        },
        {
          "ruleId": "F401",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "`sys` imported but unused"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "pkg/uni.py",
                  "uriBaseId": "%SRCROOT%"
                },
              "region": {
                "startLine": 2,
                "startColumn": 12,
                "endLine": 2,
                "endColumn": 15
              }
              }
            }
          ],
          "partialFingerprints": {
            "pyreview/v1": "44fa02229af7c020"
          },
          "properties": {
            "severity": "MEDIUM",
            "confidence": "HIGH"
          }
        },
        {
          "ruleId": "F841",
          "ruleIndex": 2,
          "level": "warning",
          "message": {
            "text": "Local variable `ñ` is assigned to but never used"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "pkg/uni.py",
                  "uriBaseId": "%SRCROOT%"
                },
              "region": {
                "startLine": 4,
                "startColumn": 2,
                "endLine": 4,
                "endColumn": 3
              }
              }
            }
          ],
          "partialFingerprints": {
            "pyreview/v1": "7d38a043768a08b9"
          },
          "properties": {
            "severity": "MEDIUM",
            "confidence": "HIGH"
          }
        },
        {
          "ruleId": "F401",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "`json` imported but unused"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "weird%20name%2C%20%22q%22%20%26%20%3Ct%3E.py",
                  "uriBaseId": "%SRCROOT%"
                },
              "region": {
                "startLine": 1,
                "startColumn": 8,
                "endLine": 1,
                "endColumn": 12
              }
              }
            }
          ],
          "partialFingerprints": {
            "pyreview/v1": "f7e8b6a0fc2df2c5"
          },
          "properties": {
            "severity": "MEDIUM",
            "confidence": "HIGH"
          }
        }
      ]
    }
  ]
}
=== status: 1
=== run: pyreview --output-format github
=== stdout
::error title=pyreview (E999),file=pkg/broken.py,line=1,col=5,endLine=1,endColumn=5::pkg/broken.py:1:5: E999 SyntaxError: '[' was never closed
::warning title=pyreview (RVW902),file=pkg/cl.py,line=1,col=1,endLine=1,endColumn=21::pkg/cl.py:1:1: RVW902 flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`
::warning title=pyreview (F401),file=pkg/uni.py,line=2,col=8,endLine=2,endColumn=10::pkg/uni.py:2:8: F401 `os` imported but unused
::warning title=pyreview (F401),file=pkg/uni.py,line=2,col=12,endLine=2,endColumn=15::pkg/uni.py:2:12: F401 `sys` imported but unused
::warning title=pyreview (F841),file=pkg/uni.py,line=4,col=2,endLine=4,endColumn=3::pkg/uni.py:4:2: F841 Local variable `ñ` is assigned to but never used
::warning title=pyreview (F401),file=weird name%2C "q" & <t>.py,line=1,col=8,endLine=1,endColumn=12::weird name, "q" & <t>.py:1:8: F401 `json` imported but unused
=== status: 1
=== run: pyreview --output-format junit
=== stdout
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="pyreview" tests="6" failures="6" errors="0">
  <testsuite name="pkg/broken.py" tests="1" disabled="0" errors="0" failures="1" package="org.pyreview">
    <testcase name="org.pyreview.E999" classname="pkg/broken.py" line="1" column="5">
      <failure message="SyntaxError: &apos;[&apos; was never closed">line 1, col 5, SyntaxError: &apos;[&apos; was never closed</failure>
    </testcase>
  </testsuite>
  <testsuite name="pkg/cl.py" tests="1" disabled="0" errors="0" failures="1" package="org.pyreview">
    <testcase name="org.pyreview.RVW902" classname="pkg/cl.py" line="1" column="1">
      <failure message="flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`">line 1, col 1, flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`</failure>
    </testcase>
  </testsuite>
  <testsuite name="pkg/uni.py" tests="3" disabled="0" errors="0" failures="3" package="org.pyreview">
    <testcase name="org.pyreview.F401" classname="pkg/uni.py" line="2" column="8">
      <failure message="`os` imported but unused">line 2, col 8, `os` imported but unused</failure>
    </testcase>
    <testcase name="org.pyreview.F401" classname="pkg/uni.py" line="2" column="12">
      <failure message="`sys` imported but unused">line 2, col 12, `sys` imported but unused</failure>
    </testcase>
    <testcase name="org.pyreview.F841" classname="pkg/uni.py" line="4" column="2">
      <failure message="Local variable `ñ` is assigned to but never used">line 4, col 2, Local variable `ñ` is assigned to but never used</failure>
    </testcase>
  </testsuite>
  <testsuite name="weird name, &quot;q&quot; &amp; &lt;t&gt;.py" tests="1" disabled="0" errors="0" failures="1" package="org.pyreview">
    <testcase name="org.pyreview.F401" classname="weird name, &quot;q&quot; &amp; &lt;t&gt;.py" line="1" column="8">
      <failure message="`json` imported but unused">line 1, col 8, `json` imported but unused</failure>
    </testcase>
  </testsuite>
</testsuites>
=== status: 1
=== run: pyreview --output-format json pkg/cl.py --select E999
=== stdout
[]
=== status: 0
=== run: pyreview --output-format sarif pkg/cl.py --select E999
=== stdout
{
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "pyreview",
          "version": "0.1.0",
          "rules": []
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": []
    }
  ]
}
=== status: 0
=== run: pyreview --output-format junit pkg/cl.py --select E999
=== stdout
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="pyreview" tests="1" failures="0" errors="0">
  <testsuite name="pyreview" tests="1" disabled="0" errors="0" failures="0" package="org.pyreview">
    <testcase name="No errors found" classname="pyreview"/>
  </testsuite>
</testsuites>
=== status: 0
=== run: pyreview --output-format github pkg/cl.py --select E999
=== stdout
=== status: 0
=== run: pyreview --output-format json-lines pkg/cl.py --select E999
=== stdout
=== status: 0
=== run: pyreview --statistics
=== stdout
3	F401  	unused-import
1	E999  	syntax-error
1	F841  	unused-variable
1	RVW902	flake8-file-level-noqa-codes
=== status: 1
=== run: pyreview --statistics --output-format json
=== stdout
[
  {
    "code": "F401",
    "name": "unused-import",
    "count": 3,
    "fixable": false
  },
  {
    "code": "E999",
    "name": "syntax-error",
    "count": 1,
    "fixable": false
  },
  {
    "code": "F841",
    "name": "unused-variable",
    "count": 1,
    "fixable": false
  },
  {
    "code": "RVW902",
    "name": "flake8-file-level-noqa-codes",
    "count": 1,
    "fixable": false
  }
]
=== status: 1
=== run: pyreview --statistics --select E999 pkg/cl.py
=== stdout
=== status: 0
=== run: pyreview --quiet
=== stdout
pkg/broken.py:1:5: E999 SyntaxError: '[' was never closed
pkg/cl.py:1:1: RVW902 flake8 skips the whole file on `# flake8: noqa: F401`, not only these rules; write `# pyreview: noqa: F401`
pkg/uni.py:2:8: F401 `os` imported but unused
pkg/uni.py:2:12: F401 `sys` imported but unused
pkg/uni.py:4:2: F841 Local variable `ñ` is assigned to but never used
weird name, "q" & <t>.py:1:8: F401 `json` imported but unused
=== status: 1
=== run: pyreview -q pkg/cl.py --select E999
=== stdout
=== status: 0
