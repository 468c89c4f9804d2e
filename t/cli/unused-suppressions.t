# RUF100 reports suppressions that suppressed nothing, for codes pyreview has and rules
# that are on (foreign codes like E501 are left alone, as are rules turned off); a noqa
# that names RUF100 is never reported.  RVW901 reports unknown RVW codes; with
# --strict-suppressions also unused blanket noqa and every unknown code but `external`
# ones.  A blanket noqa does not hide the findings about itself.
=== file: pyreview.toml
select = ["F401", "F841", "RUF100", "PGH004", "RVW901"]
=== file: m.py
import os  # noqa: F401
import sys  # noqa: F401, F841
x = 1  # noqa: F401
y = 2  # noqa: E501
z = 3  # noqa: C901
w = 4  # noqa: F401, RUF100
v = 5  # noqa
u = 6  # noqa: RVW999
t = 7  # nosec
s = 8  # pylint: disable=unused-import,missing-docstring
r = 9  # noqa: XYZ123
=== run: pyreview m.py
=== stdout
m.py:2:13: RUF100 Unused `noqa` directive (unused: `F841`)
m.py:3:8: RUF100 Unused `noqa` directive (unused: `F401`)
m.py:7:8: PGH004 Use specific rule codes when using `noqa`
m.py:8:8: RVW901 Unknown rule code `RVW999` in a `noqa` comment
m.py:10:8: RUF100 Unused `pylint: disable` directive (unused: `unused-import`)
Found 5 errors.
=== status: 1
=== run: pyreview --strict-suppressions m.py
=== stdout
m.py:2:13: RUF100 Unused `noqa` directive (unused: `F841`)
m.py:3:8: RUF100 Unused `noqa` directive (unused: `F401`)
m.py:4:8: RVW901 Unknown rule code `E501` in a `noqa` comment
m.py:7:8: PGH004 Use specific rule codes when using `noqa`
m.py:7:8: RUF100 Unused blanket `noqa` directive
m.py:8:8: RVW901 Unknown rule code `RVW999` in a `noqa` comment
m.py:10:8: RUF100 Unused `pylint: disable` directive (unused: `unused-import`)
m.py:10:8: RVW901 Unknown rule code `missing-docstring` in a `pylint: disable` comment
m.py:11:8: RVW901 Unknown rule code `XYZ123` in a `noqa` comment
Found 9 errors.
=== status: 1
=== run: pyreview --strict-suppressions --external XYZ,E5 m.py
=== stdout
m.py:2:13: RUF100 Unused `noqa` directive (unused: `F841`)
m.py:3:8: RUF100 Unused `noqa` directive (unused: `F401`)
m.py:7:8: PGH004 Use specific rule codes when using `noqa`
m.py:7:8: RUF100 Unused blanket `noqa` directive
m.py:8:8: RVW901 Unknown rule code `RVW999` in a `noqa` comment
m.py:10:8: RUF100 Unused `pylint: disable` directive (unused: `unused-import`)
m.py:10:8: RVW901 Unknown rule code `missing-docstring` in a `pylint: disable` comment
Found 7 errors.
=== status: 1
=== run: pyreview --ignore RUF100 m.py
=== stdout
m.py:7:8: PGH004 Use specific rule codes when using `noqa`
m.py:8:8: RVW901 Unknown rule code `RVW999` in a `noqa` comment
Found 2 errors.
=== status: 1
