# Line suppressions: `# noqa` (blanket), `# noqa: CODES` in its spellings (NOQA, no blank,
# blank before the colon, commas or blanks between codes, free text after), prefixes,
# aliases (W0611, V107); a colon-less `# noqa F401` is a blanket noqa and PGH004 says so;
# after a multi-line string's closing quotes it covers the string, on the first line of a
# multi-line import the whole import; `# type: ignore` suppresses nothing.
=== file: pyreview.toml
select = ["F401", "F841", "PGH004", "RUF100"]
=== file: m.py
import a1  # noqa
import a2  # noqa: F401
import a3  # NOQA:F401
import a4  # noqa : F401,F841 because a4 is imported for its side effects
import a5  # noqa:F841 F401
import a6  # noqa: F4
import a7  # noqa: W0611
import a8  # noqa F401
import a9  # type: ignore
import a10  # noqa: E501
def f():
    b1 = """
    multi-line
    """  # noqa: F841
    b2 = 1  # noqa: V107
    b3 = 1  # pylint: disable=unused-variable  # noqa: F841
from os import (  # noqa: F401
    path,
    sep,
)
from sys import (
    argv,  # noqa: F401
    path as p2,
)
=== run: pyreview m.py
=== stdout
m.py:1:12: PGH004 Use specific rule codes when using `noqa`
m.py:4:12: RUF100 Unused `noqa` directive (unused: `F841`)
m.py:5:12: RUF100 Unused `noqa` directive (unused: `F841`)
m.py:8:12: PGH004 Use a colon when specifying `noqa` rule codes
m.py:9:8: F401 `a9` imported but unused
m.py:10:8: F401 `a10` imported but unused
m.py:23:13: F401 `sys.path` imported but unused
Found 7 errors.
=== status: 1
=== run: pyreview --select F401,F841 m.py
=== stdout
m.py:9:8: F401 `a9` imported but unused
m.py:10:8: F401 `a10` imported but unused
m.py:23:13: F401 `sys.path` imported but unused
Found 3 errors.
=== status: 1
