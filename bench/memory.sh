#!/bin/sh
# Peak memory and time of pyreview on ordinary generated code of growing size (the huge
# files of t/hostile.sh: t/hostile/gen-code.sh), --parse-only and the review, with the
# peak per input byte.  Run by hand, never by `make check`; prints markdown.
#
#   SIZES="10 50 100"   sizes in MB
#   PYREVIEW=...        the binary (default: ./pyreview at the top of this checkout)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
PYREVIEW=${PYREVIEW:-$here/pyreview}
SIZES=${SIZES:-10 50 100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| size | mode | seconds | peak RSS (MB) | bytes per input byte |"
echo "| ---: | --- | ---: | ---: | ---: |"
for mb in $SIZES; do
    file=$work/code_${mb}mb.py
    sh "$here/t/hostile/gen-code.sh" $((mb * 1048576)) >"$file"
    bytes=$(wc -c <"$file")
    for mode in --parse-only review; do
        opt=$mode
        [ "$mode" = review ] && opt=
        /usr/bin/time -f '%e %M' -o "$work/time" "$PYREVIEW" --isolated $opt "$file" >/dev/null || true
        read -r seconds kb <"$work/time"
        awk -v mb="$mb" -v mode="$mode" -v s="$seconds" -v kb="$kb" -v b="$bytes" \
            'BEGIN { printf "| %d MB | %s | %.2f | %d | %.1f |\n", mb, mode, s, kb / 1024, kb * 1024 / b }'
    done
    rm -f "$file"
done
