#!/usr/bin/env python3
"""The comparison of t/bandit-compare.sh: bandit's findings against pyreview's.

usage: bandit_compare.py ROOT BANDIT_CSV PYREVIEW_JSON_LINES KNOWN DIFFERENT

bandit's test ids map to pyreview's codes (the same digits with S, RULES.md §2.7; B703
is S308); tests pyreview has no code for (B309, B320, B322, B325: Python 2 or removed
checks, B4xx: import blacklists) are left out, and so are the string tests (B104, B105,
B108, B608), which bandit 1.6 never runs on the ASTs of Python 3.8 and later.  bandit 1.6 reports hashlib.md5 and
hashlib.sha1 as B303, which ruff and pyreview report as S324: B303 pairs with either.
Findings pair by (path, line, code); bandit places the shell family (B602-B604) on the
line of the `shell=` keyword, pyreview (as ruff) on the call, so those pair with a
finding of the same call up to 20 lines above; and B607 on the call's line, pyreview on
the command (ruff), so those pair with one up to 20 lines below.  Prints per code: both, only bandit, only
pyreview; the share of bandit's findings pyreview makes (at least 99% passes); writes
the unpaired findings as `path:line:code` (`-` for bandit only, `+` for pyreview only)
to DIFFERENT; exits 1 when a difference is not in the KNOWN list or a listed one is gone
(the list may only shrink), or when a fixture the KNOWN list's comments name (`S105_1`)
is not in t/rules/security/ nor t/rules/errors/.
"""
import collections
import csv
import json
import os
import re
import sys

UNMAPPED = {"B309", "B320", "B322", "B325"}
# bandit 1.6 checks strings in visit_Str, which the ASTs of Python 3.8 and later never
# call: its string tests never fire there, so their codes are not compared
STRING_TESTS = {"S104", "S105", "S108", "S608"}
SHELL = {"B602", "B603", "B604"}
BELOW = {"B607"}


def codes_for(test_id):
    if test_id in UNMAPPED or test_id.startswith("B4"):
        return None
    if test_id == "B703":
        return ("S308",)
    if test_id == "B303":
        return ("S303", "S324")
    return ("S" + test_id[1:],)


def main():
    root, bandit_csv, pyreview_out, known_path, different_path = sys.argv[1:6]
    root = root.rstrip("/") + "/"
    bandit = []
    with open(bandit_csv, encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if not row or row[0] == "filename" or not row[0].startswith(root):
                continue
            codes = codes_for(row[2])
            if codes:
                bandit.append((row[0][len(root):], int(row[6]), row[2], codes))
    mine = collections.defaultdict(list)    # (path, code) -> [line, used]
    with open(pyreview_out, encoding="utf-8", errors="replace") as f:
        for line in f:
            d = json.loads(line)
            if not d["filename"].startswith(root) or not d["code"].startswith("S"):
                continue
            mine[(d["filename"][len(root):], d["code"])].append([d["location"]["row"], False])
    both = collections.Counter()
    only_bandit = collections.Counter()
    different = []

    def take(path, code, line, above, below=0):
        for item in mine.get((path, code), ()):
            if not item[1] and line - above <= item[0] <= line + below:
                item[1] = True
                return True
        return False

    # exact lines first, then the shell family's calls above the keyword
    rest = []
    for path, line, test, codes in bandit:
        if any(take(path, c, line, 0) for c in codes):
            both[codes[0]] += 1
        else:
            rest.append((path, line, test, codes))
    for path, line, test, codes in rest:
        if test in SHELL and any(take(path, c, line, 20) for c in codes):
            both[codes[0]] += 1
        elif test in BELOW and any(take(path, c, line, 0, 20) for c in codes):
            both[codes[0]] += 1
        else:
            only_bandit[codes[0]] += 1
            different.append("-%s:%d:%s" % (path, line, codes[0]))
    # the codes of the tests bandit 1.6 has
    mapped = {"S%d" % n for n in list(range(101, 109)) + [110, 112, 201] + list(range(301, 320))
              + [321, 323, 324] + list(range(501, 508)) + list(range(601, 612)) + [701, 702]}
    mapped -= STRING_TESTS
    only_mine = collections.Counter()
    for (path, code), items in mine.items():
        for line, used in items:
            if not used and code in mapped:
                only_mine[code] += 1
                different.append("+%s:%d:%s" % (path, line, code))
    total_bandit = sum(both.values()) + sum(only_bandit.values())
    print("%-6s %7s %12s %14s" % ("code", "both", "only bandit", "only pyreview"))
    for code in sorted(set(both) | set(only_bandit) | set(only_mine)):
        print("%-6s %7d %12d %14d" % (code, both[code], only_bandit[code], only_mine[code]))
    share = 100.0 * sum(both.values()) / total_bandit if total_bandit else 100.0
    print("pyreview makes %d of bandit's %d findings (%.2f%%); %d findings bandit does not make"
          % (sum(both.values()), total_bandit, share, sum(only_mine.values())))
    different.sort()
    with open(different_path, "w", encoding="utf-8") as f:
        for d in different:
            f.write(d + "\n")
    known = set()
    try:
        with open(known_path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    except FileNotFoundError:
        pass
    # every fixture the list's comments name must exist: the groups' explanations
    rules = os.path.dirname(os.path.abspath(known_path))
    missing = []
    with open(known_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                for name in re.findall(r"\b([A-Z]+[0-9]+_[0-9]+)\b", line):
                    if not any(os.path.exists(os.path.join(rules, family, name + ext))
                               for family in ("security", "errors") for ext in (".py", "")):
                        missing.append(name)
    for name in missing:
        print("MISSING FIXTURE: %s, named in the known list, is not in t/rules/security/ "
              "nor errors/" % name)
    new = [d for d in different if d not in known]
    fixed = sorted(known - set(different))
    for d in new[:40]:
        print("NEW: %s (not in the known list)" % d)
    if len(new) > 40:
        print("... and %d more new differences" % (len(new) - 40))
    for d in fixed:
        print("FIXED: %s now agrees: remove it from the known list" % d)
    return 0 if share >= 99.0 and not new and not fixed and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
