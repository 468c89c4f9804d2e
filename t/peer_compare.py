#!/usr/bin/env python3
"""The comparison of t/naming-compare.sh and t/docstrings-compare.sh: a peer tool's
findings against pyreview's, code by code.

usage: peer_compare.py [--record] MODE PEER_OUT PYREVIEW_OUT KNOWN DIFFERENT

MODE is `naming` (pep8-naming) or `docstrings` (pydocstyle).  Both outputs are
`path:line:col: CODE message` lines; only the codes of MODE count, and both tools ran in
the same directory, so paths compare as given.

A finding is (path, code, name), the name being what the message quotes when both tools
quote the same thing, else empty.  Findings pair up on the same line first; then, for
what is left of a named finding, on the nearest line (pep8-naming places an import alias
on its statement's first line, pyreview on the alias).  Prints per code: both, only the
peer, only pyreview, and the agreement both ways; writes the unpaired findings as
`path:line:code <TAB> side` to DIFFERENT.

The KNOWN list holds one `path:line:code` a line (`#` starts a comment), in sections
headed `## TAG: why (fixture)`.  Two tags set a difference aside when the agreement is
judged: `exemption`, what pyreview leaves unreported on purpose (names a base class
imposes, an inherited docstring), and `peer-version`, where the peer, an older release
than the semantics pyreview follows, decides otherwise; other tags (`peer-bug`) count
against the agreement.  Exits 1 when a difference is not in the list, when a listed one is
gone (the list may only shrink), or when an agreement over all codes, with those
differences set aside, is below 99%; the raw agreement is printed too.  With --record,
rewrites KNOWN instead: its comments and sections stay, entries that no longer differ go,
and new differences are added under a last section, `## unclassified`, to be moved where
they belong (a difference of no section counts against the agreement).
"""
import collections
import re
import sys

NAMING = ("N801", "N802", "N803", "N804", "N805", "N806", "N807", "N811", "N812", "N813",
          "N814", "N815", "N816", "N817")
DOCSTRINGS = ("D100", "D101", "D102", "D103", "D104", "D105", "D106", "D107", "D419")
LINE = re.compile(r"^(.*?):(\d+):\d+:? ([A-Z]+\d+) (.*)$")
PEP8_NAME = re.compile(r"'([^']*)'")
OURS_NAME = re.compile(r"`([^`]*)`")
THRESHOLD = 99.0
SET_ASIDE = ("exemption", "peer-version")


def naming_name(code, quoted):
    # N804, N805 and N807 name nothing in ruff's wording; pep8-naming strips a class
    # name's underscores in N801.
    if code in ("N804", "N805", "N807") or not quoted:
        return ""
    return quoted.group(1).strip("_") if code == "N801" else quoted.group(1)


def read_lines(path, codes, name_of):
    found = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line.rstrip("\n"))
            if m and m.group(3) in codes:
                found.append((m.group(1), int(m.group(2)), m.group(3),
                              name_of(m.group(3), m.group(4))))
    return found


def pair(a, b):
    """Pairs findings of a and b: same line first, then nearest line for named ones."""
    groups = collections.defaultdict(lambda: ([], []))
    for path, line, code, name in a:
        groups[(path, code, name)][0].append(line)
    for path, line, code, name in b:
        groups[(path, code, name)][1].append(line)
    both = collections.Counter()
    only_a, only_b = [], []
    for (path, code, name), (la, lb) in groups.items():
        ca, cb = collections.Counter(la), collections.Counter(lb)
        common = ca & cb
        la, lb = sorted((ca - common).elements()), sorted((cb - common).elements())
        both[code] += sum(common.values())
        while name and la and lb:
            i, j = min(((i, j) for i in range(len(la)) for j in range(len(lb))),
                       key=lambda ij: abs(la[ij[0]] - lb[ij[1]]))
            la.pop(i)
            lb.pop(j)
            both[code] += 1
        only_a += [(path, line, code, name) for line in la]
        only_b += [(path, line, code, name) for line in lb]
    return both, only_a, only_b


def record(known_path, different):
    """Rewrites the known list: sections kept, gone entries dropped, new ones appended."""
    kept, listed = [], set()
    try:
        with open(known_path, encoding="utf-8") as f:
            for line in f:
                entry = line.split("#", 1)[0].strip()
                if entry:
                    listed.add(entry)
                    if entry not in different:
                        continue
                kept.append(line.rstrip("\n"))
    except FileNotFoundError:
        kept = ["# Known differences; this list may only shrink."]
    new = sorted(k for k in different if k not in listed)
    if new:
        kept += ["", "## unclassified: move each entry to the section that explains it"] + new
    with open(known_path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    print(f"recorded {known_path}: {len(new)} new entries, "
          f"{len(listed - set(different))} gone")


def main():
    recording = sys.argv[1] == "--record"
    if recording:
        del sys.argv[1]
    mode, peer_out, ours_out, known_path, different_path = sys.argv[1:6]
    if mode == "naming":
        codes, peer_name = NAMING, "pep8-naming"
        peer = read_lines(peer_out, codes,
                          lambda c, m: naming_name(c, PEP8_NAME.search(m)))
        ours = read_lines(ours_out, codes,
                          lambda c, m: naming_name(c, OURS_NAME.search(m)))
    else:
        codes, peer_name = DOCSTRINGS, "pydocstyle"
        peer = read_lines(peer_out, codes, lambda c, m: "")
        ours = read_lines(ours_out, codes, lambda c, m: "")
    both, only_peer, only_ours = pair(peer, ours)
    known = {}
    tag = ""
    try:
        with open(known_path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("## "):
                    tag = line[3:].split(":", 1)[0].strip()
                line = line.split("#", 1)[0].strip()
                if line:
                    known[line] = tag
    except FileNotFoundError:
        pass
    different = {}
    for side, items in ((f"only {peer_name}", only_peer), ("only pyreview", only_ours)):
        for path, line, code, name in items:
            key = f"{path}:{line}:{code}"
            different[key] = f"{side}" + (f": `{name}`" if name else "")
    with open(different_path, "w", encoding="utf-8") as f:
        for key in sorted(different):
            f.write(f"{key}\t{different[key]}\n")
    if recording:
        record(known_path, different)
        return 0

    pct = lambda x, y: 100.0 * x / (x + y) if x + y else 100.0
    show = lambda x, y: f"{pct(x, y):.2f}%" if x + y else "-"
    count = lambda items, c: sum(1 for i in items if i[2] == c)
    print(f"| code | both | only {peer_name} | only pyreview | {peer_name} found by pyreview | "
          f"pyreview found by {peer_name} |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for code in codes:
        b, p, o = both[code], count(only_peer, code), count(only_ours, code)
        print(f"| {code} | {b} | {p} | {o} | {show(b, p)} | {show(b, o)} |")
    b, p, o = sum(both.values()), len(only_peer), len(only_ours)
    print(f"| all | {b} | {p} | {o} | {show(b, p)} | {show(b, o)} |")
    aside = lambda items: sum(1 for path, line, code, name in items
                              if known.get(f"{path}:{line}:{code}") in SET_ASIDE)
    ap, ao = aside(only_peer), aside(only_ours)
    print(f"\nset aside (exemption, peer-version): {ap} only {peer_name}, {ao} only pyreview; "
          f"agreement on the rest: {show(b, p - ap)} {peer_name} found by pyreview, "
          f"{show(b, o - ao)} pyreview found by {peer_name}")
    status = 0
    if pct(b, p - ap) < THRESHOLD or pct(b, o - ao) < THRESHOLD:
        status = 1
        print(f"\nagreement below {THRESHOLD:.0f}% one way or the other")
    new = sorted(k for k in different if k not in known)
    fixed = sorted(k for k in known if k not in different)
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
