#!/bin/sh
# The machine formats read back by their own readers: json and json-lines by Python's json
# module (with ruff's keys and types), junit by Python's XML parser, github as workflow
# commands, and sarif validated against the SARIF 2.1.0 JSON schema with Ajv.  The schema
# comes from the npm package @microsoft/jest-sarif (sarif-2.1.0-rtm.5.json, the schema
# SchemaStore publishes for 2.1.0), Ajv from npm too, both installed for this test only
# (t/sarif/package-lock.json) under the build tree's t/sarif.  Inputs: a tree with
# awkward findings (syntax errors without a position, non-ASCII text, paths with spaces and
# quotes, a file outside the current directory) and part of a Python standard library.
# Skips (77) without python3; the SARIF part skips alone without Node.js, npm or the
# registry.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
command -v python3 >/dev/null 2>&1 || t_skip "python3 not found: it reads the JSON and XML back"
t_workdir
PYREVIEW=$(cd "$(dirname "$PYREVIEW")" && pwd)/$(basename "$PYREVIEW")

tree=$T_WORK/tree
mkdir -p "$tree/pkg" "$tree/odd dir" "$T_WORK/outside"
printf '"""Ünïcödé."""\nimport os, sys  # noqa: F841\ndef f():\n\tñ = "\\t"\n' >"$tree/pkg/uni.py"
printf 'x = [1,\n' >"$tree/pkg/broken.py"
awk 'BEGIN { for (i = 0; i < 6000; i++) printf "-"; print "1" }' >"$tree/pkg/deep.py"
printf '# flake8: noqa: F401\nimport os  # noqa\n' >"$tree/odd dir/q\"&<'\''>.py"
printf 'import json\n' >"$T_WORK/outside/far.py"
printf 'select = ["E999", "F", "RUF100", "PGH004", "RVW902"]\n' >"$tree/pyreview.toml"

corpus=
if t_find_python 2>/dev/null; then
    corpus=$(t_python_stdlib 2>/dev/null)
fi
[ -n "$corpus" ] && [ -d "$corpus/json" ] || corpus=
fails=0
fail() { t_say "FAIL: $*"; fails=$((fails + 1)); }

# out FORMAT NAME [ARGS]: pyreview's output in FORMAT over the tree (or ARGS) into NAME.
out() {
    _format=$1 _name=$2
    shift 2
    [ $# -gt 0 ] || set -- . "$T_WORK/outside/far.py"
    (cd "$tree" && "$PYREVIEW" --output-format "$_format" "$@") >"$T_WORK/$_name" 2>"$T_WORK/$_name.err"
    _rc=$?
    if [ "$_rc" -gt 1 ] || [ -s "$T_WORK/$_name.err" ]; then
        fail "$_format: exit status $_rc: $(head -3 "$T_WORK/$_name.err")"
        rm -f "$T_WORK/$_name"
    fi
}

out json tree.json
out json-lines tree.jsonl
out junit tree.xml
out github tree.github
out sarif tree.sarif
out json empty.json pkg/uni.py --select E999
out sarif empty.sarif pkg/uni.py --select E999
out junit empty.xml pkg/uni.py --select E999
if [ -n "$corpus" ]; then
    out json stdlib.json "$corpus/json" "$corpus/email" --isolated
    out sarif stdlib.sarif "$corpus/json" "$corpus/email" --isolated
fi

python3 - "$T_WORK" <<'EOF' || fails=$((fails + 1))
import json, os, re, sys
import xml.etree.ElementTree as ET

work = sys.argv[1]
bad = 0
def fail(msg):
    global bad
    bad += 1
    print("cli-formats: FAIL: " + msg)

keys = ["cell", "code", "end_location", "filename", "fix", "location", "message", "noqa_row", "url"]
def check_object(o, where):
    if list(o) != keys:
        fail(f"{where}: keys {list(o)}, not ruff's {keys}")
        return
    for k in ("location", "end_location"):
        if list(o[k]) != ["column", "row"] or not all(isinstance(v, int) for v in o[k].values()):
            fail(f"{where}: {k} is {o[k]}")
    if not (isinstance(o["code"], str) and isinstance(o["message"], str) and isinstance(o["filename"], str)
            and isinstance(o["noqa_row"], int) and o["fix"] is None and o["cell"] is None):
        fail(f"{where}: wrong types in {o}")

for name in ("tree.json", "empty.json", "stdlib.json"):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        fail(f"{name}: not an array")
        continue
    for i, o in enumerate(data):
        check_object(o, f"{name}[{i}]")
    print(f"cli-formats: {name}: {len(data)} objects")

if not all(os.path.exists(os.path.join(work, n)) for n in ("tree.json", "tree.jsonl", "tree.xml", "empty.xml", "tree.github")):
    sys.exit(1)
with open(os.path.join(work, "tree.jsonl"), encoding="utf-8") as f:
    lines = [json.loads(line) for line in f]
for i, o in enumerate(lines):
    check_object(o, f"tree.jsonl line {i + 1}")
with open(os.path.join(work, "tree.json"), encoding="utf-8") as f:
    if json.load(f) != lines:
        fail("json and json-lines differ")
codes = {o["code"] for o in lines}
for want in ("E999", "F401", "F841", "RUF100", "PGH004", "RVW902"):
    if want not in codes:
        fail(f"tree: no {want} finding to check the formats with")
if not any(o["location"]["row"] == 0 for o in lines):
    fail("tree: no syntax error without a position (deep.py)")

for name in ("tree.xml", "empty.xml"):
    root = ET.parse(os.path.join(work, name)).getroot()
    cases = root.findall("./testsuite/testcase")
    if root.tag != "testsuites" or int(root.get("tests")) != len(cases):
        fail(f"{name}: {root.get('tests')} tests, {len(cases)} test cases")
    print(f"cli-formats: {name}: {len(cases)} test cases")

command = re.compile(r"^::(error|warning|notice) title=pyreview \([A-Z]+[0-9]+\),file=[^:,]+(,(line|col|endLine|endColumn)=[0-9]+)*::.+$")
with open(os.path.join(work, "tree.github"), encoding="utf-8") as f:
    gh = f.read().splitlines()
for line in gh:
    if not command.match(line):
        fail(f"github: not a workflow command: {line}")
if len(gh) != len(lines):
    fail(f"github: {len(gh)} lines for {len(lines)} findings")
sys.exit(1 if bad else 0)
EOF

# SARIF: Ajv and the schema from npm, for this test only.
sarif_validate() {
    command -v node >/dev/null 2>&1 || { t_say "SKIP sarif: node not found"; return 77; }
    command -v npm >/dev/null 2>&1 || { t_say "SKIP sarif: npm not found"; return 77; }
    for mods in "$srcdir/t/sarif" "$PWD/t/sarif"; do
        [ -d "$mods/node_modules/@microsoft/jest-sarif" ] && [ -d "$mods/node_modules/ajv-draft-04" ] && break
    done
    if [ ! -d "$mods/node_modules/ajv-draft-04" ]; then
        mods=$PWD/t/sarif
        mkdir -p "$mods" || return 99
        for f in package.json package-lock.json; do
            cmp -s "$srcdir/t/sarif/$f" "$mods/$f" || { cp "$srcdir/t/sarif/$f" "$mods/$f" && chmod u+w "$mods/$f"; }
        done
        t_say "installing Ajv and the SARIF schema with npm ci into $mods"
        (cd "$mods" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >"$T_WORK/npm.log" 2>&1 ||
            { t_say "SKIP sarif: npm ci failed: $(tail -n 3 "$T_WORK/npm.log")"; return 77; }
    fi
    set --
    for f in tree empty stdlib; do [ -f "$T_WORK/$f.sarif" ] && set -- "$@" "$T_WORK/$f.sarif"; done
    [ $# -gt 0 ] || return 1
    node "$srcdir/t/sarif/validate.mjs" "$mods" "$@" >"$T_WORK/validate.out" 2>&1
    _rc=$?
    sed 's/^/cli-formats: /' "$T_WORK/validate.out"
    return $_rc
}
sarif_validate
rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 77 ] || fail "SARIF output does not validate"
# a SARIF log that breaks the schema must be refused: the check checks
if [ "$rc" -eq 0 ]; then
    sed 's/"startLine": [0-9]*/"startLine": 0/' "$T_WORK/tree.sarif" >"$T_WORK/broken.sarif"
    node "$srcdir/t/sarif/validate.mjs" "$mods" "$T_WORK/broken.sarif" >/dev/null && fail "the validator accepts a broken SARIF log"
fi

[ "$fails" -eq 0 ] || exit 1
t_say PASS
