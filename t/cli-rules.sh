#!/bin/sh
# Every rule has its text: for each rule --list-rules lists, `pyreview rule CODE` prints
# doc/rules/CODE.md, whose title is the rule's code and name, with the sections What it
# does, Why it matters, Example (holding a Python example), Fix and Options, in that order;
# and no text is left for a rule that does not exist.  Every option --help lists is in the
# manual page too.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
t_workdir
"$PYREVIEW" --list-rules >"$T_WORK/list" || t_hard_error "--list-rules failed"
fails=0
rules=0
tail -n +2 "$T_WORK/list" | while read -r code name rest; do
    echo "$code $name"
done >"$T_WORK/rules"
while read -r code name; do
    rules=$((rules + 1))
    if ! "$PYREVIEW" rule "$code" >"$T_WORK/text" 2>"$T_WORK/err"; then
        t_say "FAIL $code: $(cat "$T_WORK/err") -- write doc/rules/$code.md"
        fails=$((fails + 1))
        continue
    fi
    problem=$(awk -v code="$code" -v name="$name" '
        NR == 1 && $0 != "# " code " " name { print "the first line is not \"# " code " " name "\""; exit }
        /^## / { sections = sections "|" substr($0, 4) }
        /^```python/ && sections ~ /Example$/ { example = 1 }
        END {
            want = "|What it does|Why it matters|Example|Fix|Options|Settings"
            if (sections != want) print "sections are " sections ", not " want
            else if (!example) print "no ```python example under Example"
        }' "$T_WORK/text")
    if [ -n "$problem" ]; then
        t_say "FAIL $code: doc/rules/$code.md: $problem"
        fails=$((fails + 1))
    fi
done <"$T_WORK/rules"
for doc in "$srcdir"/doc/rules/*.md; do
    code=$(basename "$doc" .md)
    grep -q "^$code " "$T_WORK/rules" || {
        t_say "FAIL doc/rules/$code.md: no rule $code"
        fails=$((fails + 1))
    }
done
man=$srcdir/doc/pyreview.1
"$PYREVIEW" --help | grep -o -e '--[a-z][a-z-]*' | sort -u >"$T_WORK/options"
while read -r option; do
    # the page escapes each hyphen; settings appear as their keys, without the dashes
    key=$(printf '%s' "${option#--}" | sed 's/-/\\\\-/g')
    grep -q -e "$key" "$man" || {
        t_say "FAIL $option: not in doc/pyreview.1"
        fails=$((fails + 1))
    }
done <"$T_WORK/options"
t_say "$(wc -l <"$T_WORK/rules" | tr -d ' ') rules, $(wc -l <"$T_WORK/options" | tr -d ' ') options, $fails problems"
[ "$fails" -eq 0 ]
