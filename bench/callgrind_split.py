#!/usr/bin/env python3
"""Splits a callgrind profile of pyreview by front-end stage (used by bench/profile.sh).

Reads a callgrind output file (the format of valgrind's manual, "Callgrind Format
Specification": compressed names, relative positions, calls= lines followed by the
inclusive cost of the call) and prints markdown tables: instructions (Ir) per stage, per
source file, and how the time outside our code (libc's memcpy, malloc, read, ...) was
charged.  A function of ours belongs to the stage of its source file.  A function outside
our sources, or in one of the shared helper files (the Unicode tables, used by the lexer and
by the builders alike), is charged to its callers, in proportion to the inclusive cost of each call,
up to the first caller of ours; what no function of ours called (the loader, libc's
start-up and exit) is "start-up and exit".  Instructions only count user space: the
kernel's share of reading files (the read system call) is not in a callgrind profile.

usage: callgrind_split.py CALLGRIND_OUT [BYTES]

Tokens are counted as the calls of pr_lex_next and AST nodes as the calls of pr_node_new.
"""
import collections
import re
import sys

# Stage of each of our source files, by its path below the checkout; first match wins.
STAGES = [
    ("reading files", r"cli/files\.c"),
    ("source preparation", r"lexer/source\.c"),
    ("lexing", r"lexer/(python\.(c|re)|tokens\.c)"),
    ("parse driver", r"grammar/parse\.c"),
    ("lemon engine", r"grammar/python\.(c|y|h)"),
    ("AST building", r"grammar/(build\w*|targets)\.c|ast/(nodes|arena)\.c|grammar/build\.h|ast/(ast|arena)\.h"),
    ("constants", r"ast/const\w*\.c"),
    ("post-parse checks", r"passes/(compile|fold|patterns|symtable|syntaxcheck|table)\.c|ast/walk\.c"),
    ("complexity passes", r"passes/(cfg|complexity|limits|callgraph|metrics|position|rawmetrics|halstead)\.c"),
    ("naming and docstrings passes", r"passes/(naming|docstrings|defs|imposed)\.c"),
    ("review passes", r"passes/[^/]+\.c"),
    ("other (cli, errors, dump)", r"(cli|passes|grammar|ast|lexer)/[^/]+\.[ch]"),
]
STARTUP = "start-up and exit (libc, loader)"
OURS = re.compile(r"(?:^|/)((?:cli|passes|grammar|ast|lexer)/[^/]+)$")
HELPERS = re.compile(r"lexer/unicode(_tables)?\.c")


def stage_of(path):
    for name, pattern in STAGES:
        if re.fullmatch(pattern, path):
            return name
    return None


def parse(path):
    """Returns (self cost by function, call edges caller -> callee -> inclusive cost,
    calls of each function by name).  A function is (file, name)."""
    names = {}   # (kind, id) -> string, for compressed names
    selfcost = collections.Counter()
    edges = collections.defaultdict(collections.Counter)
    ncalls = collections.Counter()
    fl = fn = None       # the current function and the file it is defined in
    cur = None           # the file of the next cost lines (fi/fe: inlined code)
    cfl = cfn = None     # the function the next calls= line calls
    in_call = False
    npos = 1

    def name(kind, value):
        m = re.match(r"\((\d+)\)(?: (.*))?$", value)
        if not m:
            return value
        key = (kind, m.group(1))
        if m.group(2) is not None:
            names[key] = m.group(2)
        return names[key]

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line[0] == "#":
                continue
            c = line[0]
            if c.isdigit() or c in "+-*":
                costs = line.split()[npos:]
                cost = int(costs[0]) if costs else 0
                if in_call:
                    edges[(fl, fn)][cfn] += cost
                    in_call = False
                else:
                    selfcost[(fl, fn)] += cost
                continue
            key, _, value = line.partition("=")
            if key == "fl":
                fl = cur = name("fl", value)
            elif key in ("fi", "fe"):
                cur = name("fl", value)   # inlined code: still the enclosing function's cost
            elif key == "fn":
                fn = name("fn", value)
                selfcost[(fl, fn)] += 0
            elif key in ("cfl", "cfi"):
                cfl = name("fl", value)
            elif key == "cfn":
                # as callgrind_annotate reads it: without cfi/cfl, the callee is in the
                # current file; a cfi/cfl applies to the next cfn only
                cfn = (cfl if cfl is not None else cur), name("fn", value)
                cfl = None
            elif key == "calls":
                in_call = True
                ncalls[cfn[1]] += int(value.split()[0])
            elif key in ("ob", "cob", "jfi"):
                name("ob" if key != "jfi" else "fl", value)
            elif key == "jfn":
                name("fn", value)
            elif line.startswith("positions:"):
                npos = len(line.split()[1:])
    return selfcost, edges, ncalls


def main():
    out = sys.argv[1]
    nbytes = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    selfcost, edges, ncalls = parse(out)
    ntokens = ncalls["pr_lex_next"]
    nnodes = ncalls["pr_node_new"]
    total = sum(selfcost.values())

    def ours(func):
        m = OURS.search(func[0] or "")
        return m.group(1) if m and not HELPERS.fullmatch(m.group(1)) else None

    # Incoming edges of every function, to charge foreign code to its callers.
    incoming = collections.defaultdict(list)
    for caller, callees in edges.items():
        for callee, cost in callees.items():
            if caller != callee:
                incoming[callee].append((caller, cost))

    # share[f]: how f's cost divides among our files (or STARTUP), as fractions.
    share = {}

    def shares(func, visiting=()):
        if func in share:
            return share[func]
        mine = ours(func)
        if mine:
            result = {mine: 1.0}
        else:
            callers = [(c, w) for c, w in incoming.get(func, []) if c not in visiting and w > 0]
            weight = sum(w for _, w in callers)
            result = collections.Counter()
            for c, w in callers:
                for k, v in shares(c, visiting + (func,)).items():
                    result[k] += v * w / weight
            if not result:
                result = {STARTUP: 1.0}
        if not visiting:
            share[func] = result
        return result

    by_file = collections.Counter()        # our file -> Ir (own code + foreign code it called)
    own_by_file = collections.Counter()
    foreign = collections.defaultdict(collections.Counter)   # our file -> foreign function -> Ir
    for func, cost in selfcost.items():
        if not cost:
            continue
        mine = ours(func)
        if mine:
            own_by_file[mine] += cost
        for k, v in shares(func).items():
            by_file[k] += cost * v
            if not mine:
                foreign[k][func[1]] += cost * v

    stages = collections.Counter()
    files_of = collections.defaultdict(list)
    for f, cost in by_file.items():
        s = stage_of(f) or STARTUP
        stages[s] += cost
        files_of[s].append(f)

    def pct(x):
        return f"{100.0 * x / total:.1f}%"

    per = []
    if nbytes:
        per.append(("Ir/byte", nbytes))
    if ntokens:
        per.append(("Ir/token", ntokens))
    print(f"Total: {total:,} instructions (Ir)"
          + (f" over {nbytes:,} bytes" if nbytes else "")
          + (f", {ntokens:,} tokens (calls of pr_lex_next)" if ntokens else "")
          + (f", {nnodes:,} AST nodes (calls of pr_node_new)" if nnodes else "") + ".")
    print()
    print("| stage | Ir | share | " + " | ".join(p for p, _ in per) + (" |" if per else "") + " files |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in per) + (" |" if per else "") + " --- |")
    order = [s for s, _ in STAGES] + [STARTUP]
    for s in order:
        if s not in stages:
            continue
        cells = " | ".join(f"{stages[s] / n:.2f}" for _, n in per)
        files = ", ".join(sorted(files_of[s], key=lambda f: -by_file[f]))
        print(f"| {s} | {stages[s]:,.0f} | {pct(stages[s])} | " + (cells + " | " if per else "") + files + " |")
    print()
    print("Per source file: its own code, and the code it called outside our sources (libc) or in")
    print("the shared Unicode helpers (lexer/unicode.c).")
    print()
    print("| file | stage | own Ir | + called helpers Ir | total | share | largest helper callees |")
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for f, cost in sorted(by_file.items(), key=lambda kv: -kv[1]):
        if cost < total * 0.0005:
            continue
        own = own_by_file.get(f, 0)
        top = ", ".join(f"{n} {v / total * 100:.1f}%" for n, v in foreign[f].most_common(3) if v >= total * 0.0005)
        print(f"| {f} | {stage_of(f) or '-'} | {own:,} | {cost - own:,.0f} | {cost:,.0f} | {pct(cost)} | {top} |")


if __name__ == "__main__":
    main()
