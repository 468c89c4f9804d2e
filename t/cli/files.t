# Which files a run reviews: *.py and *.pyi below each directory, in path order, without
# "./" for the current directory; ruff's default excludes; files named on the command line
# whatever their name; symbolic links to directories not followed (a loop cannot trap the
# walk), links to files read, dangling links reported as unreadable (exit status 2, the
# other files still reviewed); a file named twice reviewed once.
=== file: pyreview.toml
select = ["E999"]
=== file: a.py
=== file: b.pyi
=== file: notes.txt
=== file: script
x = (
=== file: pkg/__init__.py
=== file: pkg/mod.py
=== file: pkg/sub/deep.py
=== file: pkg/data.json
=== file: .venv/lib/site.py
=== file: node_modules/x/y.py
=== file: build/gen.py
=== file: dist/old.py
=== file: .git/hooks/h.py
=== file: .hidden/visible.py
=== file: target/t.py
=== symlink: pkg/loop -> ..
=== symlink: pkg/self -> .
=== symlink: link.py -> pkg/mod.py
=== symlink: dangling.py -> nowhere.py
=== run: pyreview --show-files
=== stdout
.hidden/visible.py
a.py
b.pyi
build/gen.py
dangling.py
link.py
pkg/__init__.py
pkg/mod.py
pkg/sub/deep.py
target/t.py
=== status: 0
=== run: pyreview --show-files pkg
=== stdout
pkg/__init__.py
pkg/mod.py
pkg/sub/deep.py
=== status: 0
=== run: pyreview --show-files ./pkg/ a.py
=== stdout
./pkg/__init__.py
./pkg/mod.py
./pkg/sub/deep.py
a.py
=== status: 0
=== run: pyreview --show-files pkg pkg/mod.py a.py ./a.py
=== stdout
pkg/__init__.py
pkg/mod.py
pkg/sub/deep.py
a.py
=== status: 0
=== run: pyreview --show-files dist/old.py .venv
=== stdout
dist/old.py
.venv/lib/site.py
=== status: 0
=== run: pyreview script
=== stdout
script:1:5: E999 SyntaxError: '(' was never closed
Found 1 error.
=== status: 1
=== run: pyreview
=== stdout
=== stderr
pyreview: dangling.py: No such file or directory
=== status: 2
=== run: pyreview nowhere
=== stdout
=== stderr
pyreview: nowhere: No such file or directory
=== status: 2
