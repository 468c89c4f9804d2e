# --exclude replaces the default list, --extend-exclude adds to it; patterns are git's:
# without a slash a name at any depth, with one anchored to the current directory (or the
# configuration file's), `**` spans directories, a trailing slash matches directories
# only, `!` re-includes, and a directory's exclusion covers what is below it.  Files named
# on the command line are excluded only with --force-exclude.
=== file: a.py
=== file: test_a.py
=== file: src/app/main.py
=== file: src/app/test_main.py
=== file: src/gen/out.py
=== file: src/gen/keep.py
=== file: docs/conf.py
=== file: tests/unit/test_x.py
=== file: tests/helpers.py
=== file: .venv/v.py
=== file: generated/g.py
=== run: pyreview --show-files --extend-exclude 'test_*.py'
=== stdout
a.py
docs/conf.py
generated/g.py
src/app/main.py
src/gen/keep.py
src/gen/out.py
tests/helpers.py
=== status: 0
=== run: pyreview --show-files --extend-exclude /tests,src/gen/
=== stdout
a.py
docs/conf.py
generated/g.py
src/app/main.py
src/app/test_main.py
test_a.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'src/**/test_*.py,docs'
=== stdout
a.py
generated/g.py
src/app/main.py
src/gen/keep.py
src/gen/out.py
test_a.py
tests/helpers.py
tests/unit/test_x.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'src/gen/*,!src/gen/keep.py'
=== stdout
a.py
docs/conf.py
generated/g.py
src/app/main.py
src/app/test_main.py
src/gen/keep.py
test_a.py
tests/helpers.py
tests/unit/test_x.py
=== status: 0
=== run: pyreview --show-files --exclude generated
=== stdout
.venv/v.py
a.py
docs/conf.py
src/app/main.py
src/app/test_main.py
src/gen/keep.py
src/gen/out.py
test_a.py
tests/helpers.py
tests/unit/test_x.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'generated/' generated/g.py a.py
=== stdout
generated/g.py
a.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'generated/' --force-exclude generated/g.py a.py generated
=== stdout
a.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'tests/*.py'
=== stdout
a.py
docs/conf.py
generated/g.py
src/app/main.py
src/app/test_main.py
src/gen/keep.py
src/gen/out.py
test_a.py
tests/unit/test_x.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'tests/**'
=== stdout
a.py
docs/conf.py
generated/g.py
src/app/main.py
src/app/test_main.py
src/gen/keep.py
src/gen/out.py
test_a.py
=== status: 0
=== run: pyreview --show-files --extend-exclude 'a.py' src
=== stdout
src/app/main.py
src/app/test_main.py
src/gen/keep.py
src/gen/out.py
=== status: 0
