# Every configuration error names its file, line and column, and gives a hint; the files a
# broken configuration governs are not reviewed, the others are, and the exit status is 2.
=== file: good/m.py
import os
=== file: good/pyreview.toml
select = ["F401"]
=== file: e01/pyreview.toml
select = ["F401
=== file: e02/pyreview.toml
select ["F401"]
=== file: e03/pyreview.toml
select = ["F401"]
select = ["F841"]
=== file: e04/pyproject.toml
[tool.pyreview]
select = ["F401"]
[tool.pyreview]
ignore = ["F841"]
=== file: e05/pyreview.toml
dummy-variable-rgx = "\d+"
=== file: e06/pyreview.toml
max-complexity = 012
=== file: e07/pyreview.toml
select = ["F401",
  "F841"
extend-select = []
=== file: e08/pyreview.toml
naming = {
  ignore-names = [] }
=== file: e09/pyreview.toml
selct = ["F401"]
=== file: e10/pyreview.toml
ignore-names = ["setUp"]
=== file: e11/pyreview.toml
[naming]
convention = "google"
=== file: e12/pyreview.toml
max-complexity = "ten"
=== file: e13/pyreview.toml
output-format = "xml"
=== file: e14/pyreview.toml
select = ["F401", "F9999"]
=== file: e15/pyreview.toml
dummy-variable-rgx = "(unclosed"
=== file: e16/pyreview.toml
target-version = "py27"
=== file: e17/pyreview.toml
[security.command-wrappers]
"pkg.run" = { kind = "subprocess", argvs = "varargs" }
"pkg.sh" = { kind = "bash" }
=== file: e18/pyreview.toml
naming = 3
=== file: e19/pyreview.toml
max-complexity = -1
=== file: e20/pyreview.toml
per-file-ignores = { "tests/*" = "F401" }
=== file: e21/pyproject.toml
[tool]
pyreview = "on"
=== file: e22/pyreview.toml
key = 'literal
=== file: e23/pyreview.toml
a.b = 1
a = 2
=== file: e24/pyreview.toml
x = 1979-02-30
=== file: e25/pyreview.toml
x = 0x_1
=== run: pyreview
=== stdout
good/m.py:1:8: F401 `os` imported but unused
Found 1 error.
=== stderr
e01/pyreview.toml:1:11: error: unterminated string
    hint: close it with " on the same line, or use """ for several lines
e02/pyreview.toml:1:8: error: expected '=' after a key
    hint: write key = value
e03/pyreview.toml:2:1: error: duplicate key 'select' (first defined at line 1)
    hint: each key may be defined only once
e04/pyproject.toml:3:1: error: table [tool.pyreview] is already defined (line 1)
    hint: a table may be defined only once; put all its keys under one header
e05/pyreview.toml:1:23: error: invalid escape sequence '\d'
    hint: TOML's escapes are \b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX; a literal string ('...') takes backslashes as they are
e06/pyreview.toml:1:18: error: leading zeros are not allowed in a number
e07/pyreview.toml:3:1: error: expected ',' or ']' in an array
    hint: separate an array's values with commas and close it with ]
e08/pyreview.toml:1:11: error: newline in an inline table
    hint: an inline table stays on one line; use a [table] for more
e09/pyreview.toml:1:1: error: unknown key 'selct'
    hint: did you mean 'select'?
e10/pyreview.toml:1:1: error: unknown key 'ignore-names'
    hint: 'ignore-names' belongs in the [naming] table: naming.ignore-names
e11/pyreview.toml:2:1: error: unknown key 'convention' in [naming]
    hint: 'convention' belongs in the [docstrings] table: docstrings.convention
e12/pyreview.toml:1:18: error: max-complexity: expected an integer, not a string
    hint: for example: max-complexity = 10
e13/pyreview.toml:1:17: error: output-format: unknown value 'xml'
    hint: one of: concise full review json json-lines sarif github junit
e14/pyreview.toml:1:19: error: select: unknown rule selector 'F9999'
    hint: pyreview --list-rules lists every rule
e15/pyreview.toml:1:22: error: dummy-variable-rgx: invalid regular expression: Unmatched ( or \(
    hint: a POSIX extended regular expression
e16/pyreview.toml:1:18: error: target-version: unknown Python version 'py27'
    hint: py37, py38, ... py314
e17/pyreview.toml:2:36: error: security.command-wrappers: unknown key 'argvs' in command wrapper 'pkg.run'
    hint: did you mean 'argv'?
e17/pyreview.toml:3:21: error: kind: unknown value 'bash'
    hint: one of: subprocess shell no-shell
e18/pyreview.toml:1:10: error: naming: expected a table, not an integer
e19/pyreview.toml:1:18: error: max-complexity: -1 is out of range (0 or more)
e20/pyreview.toml:1:34: error: per-file-ignores: pattern 'tests/*': expected an array of rules, not a string
    hint: for example: "tests/*" = ["F401"]
e21/pyproject.toml:2:12: error: tool.pyreview must be a table, not a string
    hint: write [tool.pyreview] as a table
e22/pyreview.toml:1:7: error: unterminated string
    hint: close it with ' on the same line
e23/pyreview.toml:2:1: error: duplicate key 'a' (first defined at line 1)
    hint: each key may be defined only once
e24/pyreview.toml:1:5: error: no such date: 1979-02-30
e25/pyreview.toml:1:7: error: misplaced underscore in a number
    hint: an underscore must stand between two digits
=== status: 2
=== run: pyreview good
=== stdout
good/m.py:1:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --config nowhere.toml good
=== stdout
=== stderr
pyreview: nowhere.toml: No such file or directory
=== status: 2
=== run: pyreview --config good/m.py good
=== stdout
=== stderr
good/m.py:1:8: error: expected '=' after a key
    hint: write key = value
=== status: 2
=== run: printf '[project]\nname = "x"\n' > bare.toml && cp bare.toml pyproject.toml && pyreview --config pyproject.toml good
=== stdout
=== stderr
pyreview: pyproject.toml: no [tool.pyreview] table
=== status: 2
=== run: pyreview --config 'select = [F401]' good
=== stdout
=== stderr
pyreview: --config 'select = [F401]': expected a value (column 11)
    hint: strings need quotes: "..." or '...'
=== status: 2
=== run: pyreview --config 'naming.ignore-name = []' good
=== stdout
=== stderr
pyreview: --config: naming.ignore-name: unknown key
    hint: did you mean 'naming.ignore-names'?
=== status: 2
=== run: pyreview --config 'max-complexity = true' good
=== stdout
=== stderr
pyreview: --config: max-complexity: expected an integer, not a boolean
    hint: for example: max-complexity = 10
=== status: 2
