# Shared by the parser test scripts in t/ (sourced, never run): where things are,
# the reference interpreter, the parallel pyreview runner, the known-differences
# lists and the failure excerpts.  POSIX sh.  automake runs each script from the
# build directory with `srcdir` set; by hand, srcdir defaults to the script's tree.

: "${srcdir:=$(dirname "$0")/..}"
: "${PYREVIEW:=./pyreview}"
T_JOBS=${T_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
T_NAME=$(basename "$0" .sh)

t_say() { printf '%s: %s\n' "$T_NAME" "$*"; }

# Exit codes of automake's test protocol.
t_skip() { t_say "SKIP: $*"; exit 77; }
t_hard_error() { t_say "ERROR: $*"; exit 99; }

# A scratch directory removed on exit; $T_WORK afterwards.
t_workdir() {
    T_WORK=$(mktemp -d "${TMPDIR:-/tmp}/pyreview-$T_NAME.XXXXXX") ||
        t_hard_error "cannot create a temporary directory"
    trap 'rm -rf "$T_WORK"' EXIT
    trap 'exit 130' HUP INT TERM
}

# The scripts' one option: --record sets record=yes.
t_record_option() {
    record=no
    case ${1:-} in
    --record) record=yes ;;
    "") ;;
    *) printf 'usage: %s [--record]\n' "$0" >&2; exit 99 ;;
    esac
}

# The comparisons with the peer tools skip when T_SKIP_PEERS=yes: the test command runs
# them in its sanitizer and plain stages, and sets it for make distcheck, whose tarball
# build would only repeat them.
t_peer_stage() {
    [ "${T_SKIP_PEERS:-}" = yes ] && t_skip "T_SKIP_PEERS=yes: the peer comparisons ran in an earlier stage"
    return 0
}

# t_accepted PYTHON parse|compile LIST: the paths of file LIST (one a line) whose source
# PYTHON's ast.parse (or compile) accepts, in LIST's order.
t_accepted() {
    "$1" - "$2" "$3" <<'PY'
import ast, sys, warnings
warnings.simplefilter("ignore")
check = ast.parse if sys.argv[1] == "parse" else (lambda src, path: compile(src, path, "exec"))
for path in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            check(f.read(), path)
    except (SyntaxError, ValueError):
        continue
    print(path)
PY
}

t_need_pyreview() {
    [ -x "$PYREVIEW" ] || t_hard_error "no pyreview binary at '$PYREVIEW' (set PYREVIEW)"
}

# Print "MAJOR MINOR PATCH" of interpreter $1, or fail if it does not run.
t_python_version() {
    "$1" -c 'import sys; print("%d %d %d" % sys.version_info[:3])' 2>/dev/null
}

# The reference CPython: $PYREVIEW_REF_PYTHON if set; else pyenv's 3.13.0; else
# the newest python3.N on PATH or under ~/.pyenv/versions.  Sets T_PY and
# T_PY_VERSION ("3.13.0"), or returns 1 when there is none.
t_find_python() {
    T_PY=
    if [ -n "${PYREVIEW_REF_PYTHON:-}" ]; then
        T_PY=$PYREVIEW_REF_PYTHON
        t_python_version "$T_PY" >/dev/null ||
            t_say "PYREVIEW_REF_PYTHON=$T_PY does not run"
    elif command -v pyenv >/dev/null 2>&1 &&
        candidate=$(PYENV_VERSION=3.13.0 pyenv which python3.13 2>/dev/null) &&
        t_python_version "$candidate" >/dev/null; then
        T_PY=$candidate
    else
        # Candidates as "MINOR PATH", newest first; pyenv shims of versions not
        # selected fail to run and are passed over.
        for candidate in $(
            {
                IFS=:
                for dir in $PATH; do
                    for file in "${dir:-.}"/python3.*; do printf '%s\n' "$file"; done
                done
                for file in "${HOME:-/nonexistent}"/.pyenv/versions/*/bin/python3.*; do
                    printf '%s\n' "$file"
                done
            } | sed -n 's|^\(.*/python3\.\([0-9][0-9]*\)\)$|\2 \1|p' |
                sort -k1,1nr | cut -d' ' -f2-
        ); do
            if [ -x "$candidate" ] && t_python_version "$candidate" >/dev/null; then
                T_PY=$candidate
                break
            fi
        done
    fi
    [ -n "$T_PY" ] || return 1
    set -- $(t_python_version "$T_PY") || return 1
    [ $# -eq 3 ] || return 1
    T_PY_VERSION=$1.$2.$3
    T_PY_MINOR=$2
    return 0
}

# The standard library directory of the reference interpreter.
t_python_stdlib() {
    "$T_PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' ||
        { t_say "ERROR: cannot ask $T_PY for its standard library" >&2; return 1; }
}

# Find the reference interpreter and insist on 3.13+, whose ast.dump format and
# error messages are the ones pyreview follows.  $1: what to do otherwise
# ("skip" exits 77; "warn" returns 1).
t_need_python313() {
    if ! t_find_python; then
        [ "$1" = skip ] && t_skip "no Python 3 interpreter found (set PYREVIEW_REF_PYTHON)"
        t_say "no Python 3 interpreter found: CPython's own inputs are not checked"
        return 1
    fi
    t_say "reference interpreter: $T_PY (Python $T_PY_VERSION)"
    if [ "${T_PY_VERSION%%.*}" -ne 3 ] || [ "$T_PY_MINOR" -lt 13 ]; then
        [ "$1" = skip ] &&
            t_skip "Python $T_PY_VERSION is older than 3.13: its ast.dump differs from 3.13's"
        t_say "Python $T_PY_VERSION is older than 3.13: CPython's own inputs are not checked"
        return 1
    fi
    return 0
}

# t_run MODE ROOT LIST: run `pyreview MODE ROOT/REL` for every REL in file LIST,
# T_JOBS at a time.  Prints one line per file, in LIST order:
#   REL <TAB> EXIT-STATUS <TAB> SHA1-OF-STDOUT <TAB> FIRST-E999-LINE
# The E999 line (first one, `ROOT/REL:` prefix removed) only when the status
# is not 0.  A run longer than T_TIMEOUT seconds is stopped (status 124).
t_run() {
    _mode=$1 _root=$2 _list=$3
    _timeout=
    command -v timeout >/dev/null 2>&1 && _timeout="timeout ${T_TIMEOUT:-60}"
    mkdir -p "$T_WORK/run" || return 1
    rm -f "$T_WORK/run/"*
    # Number the lines so that the batches' results can be put back in order.
    awk '{ printf "%d\t%s%c", NR, $0, 0 }' "$_list" |
        PYREVIEW=$PYREVIEW T_MODE=$_mode T_ROOT=$_root T_OUTDIR=$T_WORK/run \
            T_TIMEOUT_CMD=$_timeout xargs -0 -n 24 -P "$T_JOBS" sh -c '
        res=$(mktemp "$T_OUTDIR/res.XXXXXX") || exit 1
        out=$T_OUTDIR/out.${res##*.}
        for item; do
            n=${item%%"	"*} rel=${item#*"	"}
            $T_TIMEOUT_CMD "$PYREVIEW" "$T_MODE" "$T_ROOT/$rel" >"$out" 2>/dev/null
            rc=$?
            sum=$(sha1sum <"$out") && sum=${sum%% *}
            first=
            if [ "$rc" -ne 0 ]; then
                first=$(sed -n "/: E999 /{p;q;}" "$out" | cut -c 1-2000)
                first=${first#"$T_ROOT/$rel:"}
            fi
            printf "%s\t%s\t%s\t%s\t%s\n" "$n" "$rel" "$rc" "$sum" "$first" >>"$res"
        done
        rm -f "$out"' sh || true
    cat "$T_WORK/run/"res.* 2>/dev/null | sort -t "	" -k1,1n | cut -f 2-
}

# t_manifest_start ROOT: start T_JOBS background runs of the caller's
# `t_reference_manifest ROOT K/N` (astdump.py's manifest mode, shard K of N).
t_manifest_start() {
    _shard=0
    : >"$T_WORK/ref-pids"
    while [ "$_shard" -lt "$T_JOBS" ]; do
        t_reference_manifest "$1" "$_shard/$T_JOBS" >"$T_WORK/ref-out.$_shard" 2>"$T_WORK/ref-log.$_shard" &
        printf '%s\n' $! >>"$T_WORK/ref-pids"
        _shard=$((_shard + 1))
    done
}

# t_manifest_wait: wait for them and join their output in $T_WORK/reference;
# returns the first failing status (their messages: $T_WORK/ref-log.*).
t_manifest_wait() {
    _rc=0
    for _pid in $(cat "$T_WORK/ref-pids"); do
        wait "$_pid" || { _status=$?; [ "$_rc" -ne 0 ] || _rc=$_status; }
    done
    cat "$T_WORK"/ref-out.* >"$T_WORK/reference"
    return "$_rc"
}

# t_known_classify LIST DIFFERENT ALL: compare the known-differences LIST (one
# entry a line, `#` comments) with file DIFFERENT (the entries that differ now)
# and file ALL (every entry of the corpus).  Prints sorted "CLASS <TAB> ENTRY":
# new (differs, not listed), known (differs, listed), fixed (listed, matches:
# the list may only shrink, so this is a failure), stale (listed, absent here).
t_known_classify() {
    _list=$1
    [ -f "$_list" ] || _list=/dev/null
    awk '
        FILENAME == ARGV[1] {
            sub(/#.*/, ""); gsub(/^[ \t]+|[ \t\r]+$/, "")
            if ($0 != "") known[$0] = 1
            next
        }
        FILENAME == ARGV[2] { differs[$0] = 1; next }
        { all[$0] = 1 }
        END {
            for (e in differs) print ((e in known) ? "known" : "new") "\t" e
            for (e in known) if (!(e in differs)) print ((e in all) ? "fixed" : "stale") "\t" e
        }' "$_list" "$2" "$3" | LC_ALL=C sort
}

# t_known_report CLASSIFIED LIST: print the known-list findings of the output
# of t_known_classify; returns 1 when a listed entry now matches.
t_known_report() {
    _bad=0
    while IFS='	' read -r _class _entry; do
        case $_class in
        fixed)
            t_say "FIXED: $_entry now matches: remove it from $2"
            _bad=1 ;;
        stale)
            t_say "note: $_entry is listed in $2 but is not in this corpus" ;;
        esac
    done <"$1"
    return $_bad
}

# t_known_record LIST DIFFERENT: rewrite LIST as its leading comment block plus
# the sorted entries of file DIFFERENT.  A deliberate act: read the diff.
t_known_record() {
    {
        if [ -f "$1" ]; then
            awk '/^#/ || /^[ \t]*$/ { print; next } { exit }' "$1"
        else
            printf '# Known differences; this list may only shrink.\n'
        fi
        LC_ALL=C sort -u "$2"
    } >"$1.new" && mv "$1.new" "$1" || t_hard_error "cannot write $1"
    t_say "recorded $(grep -c . "$2") entries in $1"
}

# t_excerpt EXPECTED ACTUAL: show ~200 bytes of both files around their first
# difference (dumps are one long line).
t_excerpt() {
    if [ ! -f "$1" ] || [ ! -f "$2" ]; then
        printf '    (no excerpt: a dump could not be made)\n'
        return
    fi
    _at=$(LC_ALL=C cmp "$1" "$2" 2>&1 |
        sed -n 's/.* differ: [a-z]* \([0-9][0-9]*\).*/\1/p; s/.*EOF on .* after byte \([0-9][0-9]*\).*/\1 eof/p; s/.*EOF on .* empty.*/0 eof/p' |
        head -n 1)
    case $_at in
    "") printf '    (files are identical)\n'; return ;;
    *eof) _at=$(( ${_at% eof} + 1 )) ;;
    esac
    _from=$(( _at > 100 ? _at - 100 : 1 ))
    printf '    first difference at byte %d\n' "$_at"
    printf '    expected: %s\n' "$(t_slice "$1" "$_from")"
    printf '    actual:   %s\n' "$(t_slice "$2" "$_from")"
    awk -v n=$(( _at - _from )) 'BEGIN { s = sprintf("%" n "s", ""); print "              " s "^" }'
}

# 200 bytes of file $1 from byte $2, newlines shown as \n.
t_slice() {
    tail -c "+$2" "$1" | head -c 200 | awk '{ printf "%s%s", sep, $0; sep = "\\n" }'
}

# t_compare_dumps REFERENCE-NAME KNOWN-LIST RECORD(yes|no) STARTED: the verdict
# of a corpus run, as an exit status.  Reads $T_WORK/files (the corpus, paths
# relative to $T_ROOT_DIR), $T_WORK/reference (astdump.py's manifest of it) and
# $T_WORK/results (`t_run --dump-ast` over it).  The caller defines
# t_reference_dump SRC DEST, used for the excerpts of the first differences.
t_compare_dumps() {
    _ref=$1 _known=$2 _record=$3 _started=$4
    # CLASS <TAB> PATH <TAB> DETAIL; CLASS: identical, different, rejected (by both).
    awk -F '\t' '
        function status(rc) {
            if (rc == 124) return "timed out"
            if (rc > 128 && rc < 160) return "crashed (signal " rc - 128 ")"
            return "exit status " rc " without an E999 line"
        }
        FILENAME == ARGV[1] { kind[$1] = $2; value[$1] = $3; next }
        {
            path = $1; rc = $2; sum = $3; e999 = $4
            seen[path] = 1
            if (!(path in kind))
                print "different\t" path "\tabsent from the reference dump"
            else if (kind[path] == "ok") {
                if (rc == 0 && sum == value[path]) print "identical\t" path
                else if (rc == 0) print "different\t" path "\tdump differs"
                else if (e999 != "") print "different\t" path "\tpyreview rejects it: " e999
                else print "different\t" path "\t" status(rc)
            } else {
                if (rc != 0 && e999 != "") print "rejected\t" path "\t" e999
                else if (rc == 0) print "different\t" path "\tpyreview accepts it; reference: " value[path]
                else print "different\t" path "\t" status(rc) "; reference: " value[path]
            }
        }
        END {
            for (path in kind)
                if (!(path in seen)) print "different\t" path "\tnot run by pyreview"
        }' "$T_WORK/reference" "$T_WORK/results" | LC_ALL=C sort -t '	' -k2,2 >"$T_WORK/classes"
    awk -F '\t' '$1 == "different" { print $2 }' "$T_WORK/classes" >"$T_WORK/different"

    if [ "$_record" = yes ]; then
        t_known_record "$_known" "$T_WORK/different"
        return 0
    fi

    t_known_classify "$_known" "$T_WORK/different" "$T_WORK/files" >"$T_WORK/known"
    _count() { awk -F '\t' -v c="$1" '$1 == c { n++ } END { print n + 0 }' "$2"; }
    _new=$(_count new "$T_WORK/known")
    _status=0
    if [ "$_new" -gt 0 ]; then
        _status=1
        t_say "$_new files differ from $_ref and are not in $_known:"
        # PATH <TAB> DETAIL of the new differences, in path order.
        awk -F '\t' 'FILENAME == ARGV[1] { if ($1 == "new") new[$2] = 1; next }
                     $1 == "different" && ($2 in new) { print $2 "\t" $3 }' \
            "$T_WORK/known" "$T_WORK/classes" >"$T_WORK/new"
        _shown=0
        while IFS='	' read -r _path _detail; do
            printf '  %s: %s\n' "$_path" "$_detail"
            if [ "$_detail" = "dump differs" ] && [ "$_shown" -lt "${T_SHOW:-5}" ]; then
                _shown=$((_shown + 1))
                rm -f "$T_WORK/expected" "$T_WORK/actual"
                t_reference_dump "$T_ROOT_DIR/$_path" "$T_WORK/expected" &&
                    "$PYREVIEW" --dump-ast "$T_ROOT_DIR/$_path" >"$T_WORK/actual" 2>/dev/null
                t_excerpt "$T_WORK/expected" "$T_WORK/actual"
            fi
        done <"$T_WORK/new"
    fi
    t_known_report "$T_WORK/known" "$_known" || _status=1

    t_say "$_ref: $(grep -c . "$T_WORK/files") files," \
        "$(_count identical "$T_WORK/classes") identical," \
        "$(_count different "$T_WORK/classes") different ($(_count known "$T_WORK/known") known)," \
        "rejected by CPython $(awk -F '\t' '$2 == "err" { n++ } END { print n + 0 }' "$T_WORK/reference")," \
        "by pyreview $(awk -F '\t' '$2 != 0 && $4 != "" { n++ } END { print n + 0 }' "$T_WORK/results")" \
        "($(( $(date +%s) - _started )) s)"
    return $_status
}

# The locked Pyodide version, and the one installed under directory $1.
t_pyodide_locked() {
    awk '/"node_modules\/pyodide": *\{/ { p = 1 } p && /"version"/ {
        gsub(/.*"version": *"|".*/, ""); print; exit }' "$srcdir/t/pyodide/package-lock.json"
}
t_pyodide_installed() {
    sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$1/node_modules/pyodide/package.json" 2>/dev/null |
        head -n 1
}

# Make Pyodide (CPython 3.14 in WebAssembly) available: sets T_PYODIDE_MODULES
# to a directory holding node_modules/pyodide at the locked version.  Uses the
# source tree's t/pyodide when it has it, else runs `npm ci` in the build
# directory's t/pyodide (the same folder for an in-tree build; under `make
# distcheck` the source tree is read-only).  Needs $T_WORK.  Skips (77) when
# Node.js or npm are missing or too old, or when the install fails.
t_pyodide_setup() {
    command -v node >/dev/null 2>&1 || t_skip "node not found: Pyodide (CPython 3.14) needs Node.js 18 or newer"
    _node=$(node -p 'process.versions.node' 2>/dev/null) || t_skip "node does not run"
    # pyodide 314.0.x declares engines.node ">=18.0.0".
    [ "${_node%%.*}" -ge 18 ] 2>/dev/null ||
        t_skip "Node.js $_node is too old: Pyodide 314 needs Node.js 18 or newer"
    _want=$(t_pyodide_locked)
    [ -n "$_want" ] || t_hard_error "no pyodide version in $srcdir/t/pyodide/package-lock.json"
    for T_PYODIDE_MODULES in "$srcdir/t/pyodide" "$PWD/t/pyodide"; do
        [ "$(t_pyodide_installed "$T_PYODIDE_MODULES")" = "$_want" ] && break
    done
    if [ "$(t_pyodide_installed "$T_PYODIDE_MODULES")" != "$_want" ]; then
        command -v npm >/dev/null 2>&1 || t_skip "npm not found: it installs Pyodide $_want"
        _npm=$(npm --version 2>/dev/null) || t_skip "npm does not run"
        # package-lock.json is lockfileVersion 3, which npm reads from version 7.
        [ "${_npm%%.*}" -ge 7 ] 2>/dev/null || t_skip "npm $_npm is too old: npm 7 or newer reads our lockfile"
        t_say "installing Pyodide $_want with npm ci into $T_PYODIDE_MODULES"
        mkdir -p "$T_PYODIDE_MODULES" || t_hard_error "cannot create $T_PYODIDE_MODULES"
        for _file in package.json package-lock.json; do
            cmp -s "$srcdir/t/pyodide/$_file" "$T_PYODIDE_MODULES/$_file" && continue
            cp "$srcdir/t/pyodide/$_file" "$T_PYODIDE_MODULES/$_file" &&
                chmod u+w "$T_PYODIDE_MODULES/$_file" || t_hard_error "cannot copy $_file"
        done
        (cd "$T_PYODIDE_MODULES" && npm ci --ignore-scripts --no-audit --no-fund \
            --loglevel=error) >"$T_WORK/npm-ci.log" 2>&1 ||
            t_skip "npm ci failed (is the npm registry reachable?): $(tail -n 3 "$T_WORK/npm-ci.log")"
    fi
    t_say "reference: Pyodide $_want on Node.js $_node ($T_PYODIDE_MODULES)"
}

# node t/pyodide/dump.mjs with the installed Pyodide; $@: its mode and arguments.
t_pyodide() {
    node "$srcdir/t/pyodide/dump.mjs" --modules "$T_PYODIDE_MODULES" "$@"
}
