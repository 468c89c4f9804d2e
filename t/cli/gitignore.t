# Inside a git work tree (a directory holding .git), what .gitignore files and
# .git/info/exclude ignore is skipped: deeper files override shallower ones, the last
# matching line wins, `!` re-includes.  --no-respect-gitignore (or respect-gitignore =
# false) turns it off; outside a work tree .gitignore files mean nothing.
=== file: repo/.git/HEAD
ref: refs/heads/main
=== file: repo/.git/info/exclude
secret.py
=== file: repo/.gitignore
# generated code
gen/
*_pb2.py
!keep_pb2.py
=== file: repo/a.py
=== file: repo/secret.py
=== file: repo/x_pb2.py
=== file: repo/keep_pb2.py
=== file: repo/gen/g.py
=== file: repo/sub/.gitignore
!y_pb2.py
local.py
=== file: repo/sub/y_pb2.py
=== file: repo/sub/local.py
=== file: repo/sub/z.py
=== file: plain/.gitignore
*.py
=== file: plain/p.py
=== run: pyreview --show-files repo plain
=== stdout
repo/a.py
repo/keep_pb2.py
repo/sub/y_pb2.py
repo/sub/z.py
plain/p.py
=== status: 0
=== run: pyreview --show-files repo/sub
=== stdout
repo/sub/y_pb2.py
repo/sub/z.py
=== status: 0
=== run: cd repo/sub && pyreview --show-files
=== stdout
y_pb2.py
z.py
=== status: 0
=== run: pyreview --show-files --no-respect-gitignore repo
=== stdout
repo/a.py
repo/gen/g.py
repo/keep_pb2.py
repo/secret.py
repo/sub/local.py
repo/sub/y_pb2.py
repo/sub/z.py
repo/x_pb2.py
=== status: 0
=== run: pyreview --show-files repo/x_pb2.py
=== stdout
repo/x_pb2.py
=== status: 0
=== run: pyreview --show-files --force-exclude repo/x_pb2.py repo/sub/local.py repo/a.py
=== stdout
repo/a.py
=== status: 0
