# shellcheck shell=bash disable=SC2034,SC2154  # sourced: sets variables for its caller, reads its tmp
# The corpus of the benchmarks, sourced by bench/parse.sh and bench/profile.sh: CPython
# 3.13's standard library without site-packages, as the paths given to pyreview and as
# the list of files its walk finds there.
#
# corpus_stdlib sets stdlib (the directory), paths (what pyreview is given), files (the
# *.py and *.pyi files below them, sorted), nfiles, nbytes and mb (MB = 10^6 bytes), and
# writes the file list, NUL-separated, to $tmp/files0.  corpus_paths PATH... does the same
# for other paths.  Both need PYTHON313 and tmp set.

corpus_stdlib() {
    stdlib=$("$PYTHON313" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
    # The directory's Python files and its directories but site-packages (a file named on
    # pyreview's command line is parsed whatever its name, so LICENSE.txt is left out).
    local e list=()
    for e in "$stdlib"/*; do
        case $e in
        "$stdlib/site-packages") ;;
        *.py | *.pyi) list+=("$e") ;;
        *) if [ -d "$e" ]; then list+=("$e"); fi ;;
        esac
    done
    corpus_paths "${list[@]}"
}

corpus_paths() {
    paths=("$@")
    # What pyreview's walk takes: *.py and *.pyi, regular files or links, without following
    # links into directories (find does not follow them either); a file named directly is
    # taken whatever its name.
    local p
    : >"$tmp/files0"
    for p in "${paths[@]}"; do
        if [ -d "$p" ]; then
            find "$p" \( -name '*.py' -o -name '*.pyi' \) \( -type f -o -type l \) -print0 | sort -z
        else
            printf '%s\0' "$p"
        fi
    done >>"$tmp/files0"
    mapfile -d '' files <"$tmp/files0"
    nfiles=${#files[@]}
    nbytes=$(cat -- "${files[@]}" | wc -c)   # also warms the page cache
    mb=$(awk -v b="$nbytes" 'BEGIN { printf "%.2f", b / 1e6 }')
}
