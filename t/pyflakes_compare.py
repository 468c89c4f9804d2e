#!/usr/bin/env python3
"""The comparison of t/pyflakes-compare.sh: pyflakes' findings against pyreview's.

usage: pyflakes_compare.py ROOT PYFLAKES_OUT PYREVIEW_OUT KNOWN DIFFERENT

Both outputs are `path:line:col: message` lines for files under ROOT.  pyflakes'
messages are mapped to codes (F401 "imported but unused", F811 "redefinition of unused",
F821 "undefined name", F841 "local variable ... is assigned to but never used") and
pyreview's lines are kept for those codes.  A finding is (path, code, name); findings of
both tools pair up on the same line first, then, for what is left, on the nearest line
(pyflakes places an unused import on its statement's first line, ruff and pyreview on the
name).  Prints per code: both, only pyflakes, only pyreview and the agreement both ways;
writes the unpaired findings as `path:line:code` to DIFFERENT; exits 1 when a difference
is not in the KNOWN list (one `path:line:code` a line, `#` comments) or a listed one is
gone (the list may only shrink).
"""
import collections
import re
import sys

CODES = ("F401", "F811", "F821", "F841")
PYFLAKES = [
    ("F401", re.compile(r"'(.+?)(?: as [^ ']+)?' imported but unused$")),
    ("F811", re.compile(r"redefinition of unused '(.+?)' from line \d+$")),
    ("F821", re.compile(r"undefined name '(.+?)'$")),
    ("F841", re.compile(r"local variable '(.+?)' is assigned to but never used$")),
]
PYREVIEW = re.compile(r"(F401|F811|F821|F841) (?:Redefinition of unused |Undefined name |"
                      r"Local variable )?`([^`]+)`")
LINE = re.compile(r"^(.*?):(\d+):\d+:? (.*)$")
NOQA = re.compile(r"#\s*noqa(?::[\s]?(?P<codes>([A-Z][0-9]+(?:[,\s]+)?)+))?", re.I)


def read(path, root, classify):
    found = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line.rstrip("\n"))
            if not m or not m.group(1).startswith(root):
                continue
            hit = classify(m.group(3))
            if hit:
                found.append((m.group(1)[len(root):], int(m.group(2)), hit[0], hit[1]))
    return found


def noqa(root, path, line, code, cache={}):
    """Whether the line has a `# noqa` covering code, as flake8 reads it: pyflakes
    itself knows no noqa, pyreview does."""
    if path not in cache:
        with open(root + path, encoding="utf-8", errors="replace") as f:
            cache[path] = f.read().split("\n")
    lines = cache[path]
    m = NOQA.search(lines[line - 1]) if line <= len(lines) else None
    if not m:
        return False
    codes = m.group("codes")
    return not codes or any(code.startswith(c) for c in re.split(r"[,\s]+", codes.upper()) if c)


def pyflakes_code(message):
    for code, rx in PYFLAKES:
        m = rx.match(message)
        if m:
            return code, m.group(1)
    return None


def pyreview_code(message):
    m = PYREVIEW.match(message)
    return (m.group(1), m.group(2)) if m else None


def pair(a, b):
    """Pairs findings of a and b: same line first, then nearest line."""
    groups = collections.defaultdict(lambda: ([], []))
    for i, (path, line, code, name) in enumerate(a):
        groups[(path, code, name)][0].append(line)
    for path, line, code, name in b:
        groups[(path, code, name)][1].append(line)
    both = collections.Counter()
    only_a, only_b = [], []
    for (path, code, name), (la, lb) in groups.items():
        la, lb = sorted(la), sorted(lb)
        common = collections.Counter(la) & collections.Counter(lb)
        la = list((collections.Counter(la) - common).elements())
        lb = list((collections.Counter(lb) - common).elements())
        both[code] += sum(common.values())
        while la and lb:
            i, j = min(((i, j) for i in range(len(la)) for j in range(len(lb))),
                       key=lambda ij: abs(la[ij[0]] - lb[ij[1]]))
            la.pop(i)
            lb.pop(j)
            both[code] += 1
        only_a += [(path, line, code, name) for line in la]
        only_b += [(path, line, code, name) for line in lb]
    return both, only_a, only_b


def main():
    root, pf_out, pr_out, known_path, different_path = sys.argv[1:6]
    root = root.rstrip("/") + "/"
    pf = [f for f in read(pf_out, root, pyflakes_code) if not noqa(root, f[0], f[1], f[2])]
    pr = read(pr_out, root, pyreview_code)
    both, only_pf, only_pr = pair(pf, pr)
    known = set()
    try:
        with open(known_path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    except FileNotFoundError:
        pass
    different = {}
    for side, items in (("only pyflakes", only_pf), ("only pyreview", only_pr)):
        for path, line, code, name in items:
            different[f"{path}:{line}:{code}"] = f"{side}: `{name}`"
    with open(different_path, "w", encoding="utf-8") as f:
        for key in sorted(different):
            f.write(f"{key}\t{different[key]}\n")

    print("| code | both | only pyflakes | only pyreview | pyflakes found by pyreview | "
          "pyreview found by pyflakes | the same, known differences excused |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    count = lambda items, c, excused=(): sum(
        1 for i in items if i[2] == c and f"{i[0]}:{i[1]}:{i[2]}" not in excused)
    pct = lambda x, y: f"{100.0 * x / (x + y):.2f}%" if x + y else "-"
    for code in CODES:
        b, a, r = both[code], count(only_pf, code), count(only_pr, code)
        ka, kr = count(only_pf, code, known), count(only_pr, code, known)
        print(f"| {code} | {b} | {a} | {r} | {pct(b, a)} | {pct(b, r)} | "
              f"{pct(b, ka)} / {pct(b, kr)} |")
    new = sorted(k for k in different if k not in known)
    fixed = sorted(k for k in known if k not in different)
    status = 0
    if new:
        status = 1
        print(f"\n{len(new)} differences not in the known list:")
        for k in new:
            print(f"  {k}  {different[k]}")
    if fixed:
        status = 1
        print(f"\n{len(fixed)} known differences are gone (remove them from the list):")
        for k in fixed:
            print(f"  {k}")
    print(f"\n{len(different)} differences, {len(different) - len(new)} of them known.")
    return status


if __name__ == "__main__":
    sys.exit(main())
