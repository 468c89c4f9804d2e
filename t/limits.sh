#!/bin/sh
# Pathological nesting ends with CPython's limit messages, never with a crash: the
# inputs are generated here (nothing large is committed) and each expected line is what
# CPython 3.13's compile() reports for the same input.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
t_workdir

# repeat STRING N: STRING N times, without a newline
repeat() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

fails=0
check() { # name, expected line (path stripped), options...
    name=$1 expected=$2
    shift 2
    actual=$("$PYREVIEW" "$@" "$T_WORK/$name.py" 2>&1)
    code=$?
    actual=${actual#"$T_WORK/$name.py:"}
    if [ "$code" -gt 2 ]; then
        t_say "FAIL $name: pyreview died (exit status $code)"
        fails=$((fails + 1))
    elif [ "$actual" != "$expected" ]; then
        t_say "FAIL $name"
        t_say "  expected: $expected"
        t_say "  actual:   $actual"
        fails=$((fails + 1))
    fi
}

{ printf 'x = '; repeat '(' 100000; repeat ')' 100000; echo; } >"$T_WORK/brackets.py"
check brackets "1:205: E999 SyntaxError: too many nested parentheses" --parse-only

awk 'BEGIN { for (i = 0; i < 10000; i++) { for (j = 0; j < i; j++) printf " "; print "if x:" }
             for (j = 0; j < 10000; j++) printf " "; print "pass" }' >"$T_WORK/blocks.py"
check blocks "101:1: E999 IndentationError: too many levels of indentation" --parse-only

{ printf 'x = '; repeat 'f"{' 1000; printf x; repeat '}"' 1000; echo; } >"$T_WORK/fstrings.py"
check fstrings "1:453: E999 SyntaxError: too many nested f-strings" --parse-only

{ printf 'x = '; repeat - 5966; echo 1; } >"$T_WORK/unary_ok.py"
check unary_ok "" --parse-only
{ printf 'x = '; repeat - 100000; echo 1; } >"$T_WORK/unary.py"
check unary "0:0: E999 MemoryError: Parser stack overflowed - Python source too complex to parse" --parse-only
{ printf 'x = '; repeat 'not ' 100000; echo 1; } >"$T_WORK/not.py"
check not "0:0: E999 MemoryError: Parser stack overflowed - Python source too complex to parse" --parse-only
{ printf 'x = '; repeat 'lambda: ' 100000; echo 1; } >"$T_WORK/lambda.py"
check lambda "0:0: E999 MemoryError: Parser stack overflowed - Python source too complex to parse" --parse-only

{ printf 'x = 1'; repeat +1 9996; echo; } >"$T_WORK/sum_ok.py"
check sum_ok "" --parse-only
{ printf 'x = 1'; repeat +1 100000; echo; } >"$T_WORK/sum.py"
check sum "0:0: E999 RecursionError: maximum recursion depth exceeded during compilation" --parse-only
check sum "0:0: E999 RecursionError: maximum recursion depth exceeded during ast construction" --dump-ast
{ printf 'x = a'; repeat .b 100000; echo; } >"$T_WORK/attr.py"
check attr "0:0: E999 RecursionError: maximum recursion depth exceeded during compilation" --parse-only
{ printf 'x = a'; repeat '()' 100000; echo; } >"$T_WORK/calls.py"
check calls "0:0: E999 RecursionError: maximum recursion depth exceeded during compilation" --parse-only

# wide is fine: a million-element list, a hundred thousand statements
{ printf 'x = ['; repeat '1,' 1000000; echo ']'; } >"$T_WORK/list.py"
check list "" --parse-only
repeat 'x = 1
' 100000 >"$T_WORK/statements.py"
check statements "" --parse-only

[ "$fails" -eq 0 ] || exit 1
t_say PASS
