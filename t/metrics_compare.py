#!/usr/bin/env python3
"""The peers' side and the verdict of t/mccabe-compare.sh and t/radon-compare.sh: the
complexity of every unit and the module metrics of every file, the peer's number against
pyreview's (`pyreview --metrics`), which must be the same.

usage: metrics_compare.py mccabe-peer FILE...
       metrics_compare.py radon-peer SECONDS FILE...
       metrics_compare.py mccabe PEER_OUT PYREVIEW_OUT KNOWN DIFFERENT
       metrics_compare.py radon PEER_OUT PYREVIEW_OUT KNOWN DIFFERENT

mccabe-peer runs what `python3 -m mccabe --min 1 FILE` runs (mccabe's main) on each file
in one process, and prints every graph as `path <TAB> line <TAB> name <TAB> complexity
<TAB> kept|replaced`: mccabe keeps one graph per class path and name, so a later def of a
name replaces an earlier one, which flake8 then never reports; those are compared too.

radon-peer runs on each file what `radon cc -s -j --show-closures`, `radon raw -j` and
`radon mi -j` run (radon's harvesters, as its command line configures them by default),
and prints one JSON object per call; a file whose analysis takes more than SECONDS of CPU
(radon's raw line tokenizer is quadratic in a string's lines) is left out and counted.

mccabe and radon compare: each unit is keyed by file, line and kind; the numbers must be
equal, and for radon the raw counts and the maintainability index (to the last bit) too.
Differences go to DIFFERENT as `key <TAB> peer <TAB> pyreview`; the run fails when one is
not in the KNOWN list (one key a line, `#` comments), when a listed one is gone (the list
may only shrink), or when a unit or file is only on one side.
"""
import json
import re
import signal
import sys

OURS_UNIT = re.compile(r"^(.*?):(\d+):\d+: (function|method|class|graph) (.*) cc=\S+ rank=\S+ "
                       r"ruff=(\S+) mccabe=(\S+) radon=(\S+)$")
OURS_MODULE = re.compile(r"^(.*?): module (.*)$")
RAW_KEYS = ("loc", "lloc", "sloc", "comments", "multi", "blank", "single_comments")


def mccabe_peer(paths):
    import ast
    import mccabe

    for path in paths:
        code = mccabe._read(path)
        tree = compile(code, path, "exec", ast.PyCF_ONLY_AST)
        visitor = mccabe.PathGraphingAstVisitor()
        made = []

        class Graphs(dict):
            def __setitem__(self, key, graph):
                made.append(graph)
                dict.__setitem__(self, key, graph)

        visitor.graphs = Graphs()
        visitor.preorder(tree, visitor)
        kept = {id(g) for g in visitor.graphs.values()}
        for g in made:
            print("%s\t%d\t%s\t%d\t%s" % (path, g.lineno, g.entity, g.complexity(),
                                          "kept" if id(g) in kept else "replaced"))


class Slow(Exception):
    pass


def radon_peer(seconds, paths):
    from radon.cli import Config
    from radon.cli.harvest import CCHarvester, MIHarvester, RawHarvester
    from radon.cli.tools import cc_to_dict
    from radon.complexity import SCORE

    def alarm(signum, frame):
        raise Slow()

    # CPU time, not wall time: which files are left out must not depend on the load
    signal.signal(signal.SIGPROF, alarm)
    common = dict(exclude=None, ignore=None, include_ipynb=False, ipynb_cells=False)
    harvesters = (
        ("cc", CCHarvester([], Config(min="A", max="F", show_complexity=True, average=False,
                                      order=SCORE, no_assert=False, show_closures=True,
                                      total_average=False, **common))),
        ("raw", RawHarvester([], Config(summary=False, **common))),
        ("mi", MIHarvester([], Config(min="A", max="C", multi=True, show=False, sort=False,
                                      **common))),
    )
    out = {"cc": {}, "raw": {}, "mi": {}, "slow": []}
    for path in paths:
        for name, harvester in harvesters:
            signal.setitimer(signal.ITIMER_PROF, seconds)
            try:
                with open(path) as f:
                    result = harvester.gobble(f)
                if name == "cc":
                    result = [cc_to_dict(block) for block in result]
                out[name][path] = result
            except Slow:
                out["slow"].append(path)
                break
            except Exception as e:  # radon's command line reports these per file too
                out[name][path] = {"error": str(e)}
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
    print(json.dumps(out))


def read_ours(path):
    units, modules = {}, {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = OURS_UNIT.match(line)
        if m:
            file, lineno, kind, name, ruff, mccabe, radon = m.groups()
            units[(file, int(lineno), kind)] = (name, {"mccabe": mccabe, "radon": radon})
            continue
        m = OURS_MODULE.match(line)
        if m:
            modules[m.group(1)] = dict(kv.split("=", 1) for kv in m.group(2).split())
    return units, modules


def read_known(path):
    known = set()
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            known.add(line)
    return known


def verdict(known_path, different, different_path, only_peer, only_ours, lines, compared=None):
    """compared: the files both sides analysed, when some were left out: the known
    differences of the others are neither seen nor gone."""
    known = read_known(known_path)
    if compared is not None:
        known = {k for k in known if k.rsplit(":", 2)[0] in compared or k.rsplit(":", 1)[0] in compared}
    with open(different_path, "w", encoding="utf-8") as f:
        for key, peer, ours in different:
            f.write("%s\t%s\t%s\n" % (key, peer, ours))
    keys = {key for key, _, _ in different}
    new = sorted(keys - known)
    gone = sorted(known - keys)
    for line in lines:
        print(line)
    print("differences: %d, all in the known list: %s" % (len(keys), "yes" if not new else "no"))
    for key in new[:20]:
        print("  NEW DIFFERENCE %s" % key)
    for key in gone[:20]:
        print("  FIXED (take it off the known list) %s" % key)
    for what, items in (("only the peer rates", only_peer), ("only pyreview rates", only_ours)):
        if items:
            print("%s %d units, e.g. %s" % (what, len(items), items[:5]))
    return 1 if new or gone or only_peer or only_ours else 0


def compare_mccabe(peer_path, ours_path, known_path, different_path):
    units, _ = read_ours(ours_path)
    ours = {}
    for (file, line, kind), (name, cc) in units.items():
        if cc["mccabe"] != "-":
            # mccabe names a graph "If 12" and a def by its class path and name
            ours[(file, line, name.rsplit(".", 1)[-1] if kind == "graph" else name)] = int(cc["mccabe"])
    peer, replaced = {}, 0
    for line in open(peer_path, encoding="utf-8"):
        file, lineno, entity, cc, state = line.rstrip("\n").split("\t")
        peer[(file, int(lineno), entity)] = int(cc)
        replaced += state == "replaced"
    different = [("%s:%d:%s" % k, peer[k], ours[k]) for k in sorted(peer) if k in ours and ours[k] != peer[k]]
    same = sum(1 for k in peer if ours.get(k) == peer[k])
    files = len({k[0] for k in peer})
    lines = ["mccabe units (defs at module and class level, module- and class-level graphs) in "
             "%d files: %d; same complexity: %d (%.2f%%)" % (files, len(peer), same, 100.0 * same / max(len(peer), 1)),
             "of them, defs that a later def of the same name hides from flake8 (compared all "
             "the same; t/rules/complexity/C901_21.py): %d" % replaced]
    return verdict(known_path, different, different_path, sorted(k for k in peer if k not in ours),
                   sorted(k for k in ours if k not in peer), lines)


def peer_documents(path):
    merged = {"cc": {}, "raw": {}, "mi": {}, "slow": []}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            doc = json.loads(line)
            for key in ("cc", "raw", "mi"):
                merged[key].update(doc[key])
            merged["slow"] += doc["slow"]
    return merged


def compare_radon(peer_path, ours_path, known_path, different_path):
    units, modules = read_ours(ours_path)
    peer = peer_documents(peer_path)
    errors = sorted(p for p, v in peer["cc"].items() if isinstance(v, dict))
    files = set(p for p, v in peer["cc"].items() if not isinstance(v, dict))
    peer_units = {}

    def walk(file, block):
        kind = "class" if block["type"] == "class" else "def"
        peer_units[(file, block["lineno"], kind)] = block["complexity"]
        for inner in block.get("closures", []):
            walk(file, inner)

    for file in files:
        for block in peer["cc"][file]:
            walk(file, block)
    ours = {}
    for (file, line, kind), (name, cc) in units.items():
        if file in files and cc["radon"] != "-":
            ours[(file, line, "class" if kind == "class" else "def")] = int(cc["radon"])
    different = [("%s:%d:%s" % k, peer_units[k], ours[k])
                 for k in sorted(peer_units) if k in ours and ours[k] != peer_units[k]]
    same = sum(1 for k in peer_units if ours.get(k) == peer_units[k])
    raw_files = raw_same = mi_files = mi_same = 0
    for file, raw in sorted(peer["raw"].items()):
        if "error" in raw or file not in modules:
            continue
        raw_files += 1
        mine = modules[file]
        diff = [k for k in RAW_KEYS if int(mine[k]) != raw[k]]
        raw_same += not diff
        if diff:
            different.append(("%s:raw" % file, " ".join("%s=%d" % (k, raw[k]) for k in diff),
                              " ".join("%s=%s" % (k, mine[k]) for k in diff)))
    for file, mi in sorted(peer["mi"].items()):
        if "error" in mi or file not in modules:
            continue
        mi_files += 1
        mine = modules[file]
        if float(mine["mi"]) == mi["mi"] and mine["mi_rank"] == mi["rank"]:
            mi_same += 1
        else:
            different.append(("%s:mi" % file, "%r %s" % (mi["mi"], mi["rank"]),
                              "%s %s" % (mine["mi"], mine["mi_rank"])))
    raw_errors = sorted(p for p, v in peer["raw"].items() if "error" in v)
    lines = [
        "files radon analyses: %d (radon fails on %d: %s; takes too long on %d: %s)"
        % (len(files), len(errors) + len(set(raw_errors) - set(errors)),
           ", ".join(sorted(set(errors) | set(raw_errors))) or "-", len(peer["slow"]),
           ", ".join(peer["slow"][:6]) + (", ..." if len(peer["slow"]) > 6 else "")),
        "radon cc units (functions, methods, closures, classes): %d; same complexity: %d (%.2f%%)"
        % (len(peer_units), same, 100.0 * same / max(len(peer_units), 1)),
        "radon raw: %d files; all seven counts the same: %d (%.2f%%)"
        % (raw_files, raw_same, 100.0 * raw_same / max(raw_files, 1)),
        "radon mi: %d files; the same index to the last bit and rank: %d (%.2f%%)"
        % (mi_files, mi_same, 100.0 * mi_same / max(mi_files, 1)),
    ]
    return verdict(known_path, different, different_path,
                   sorted(k for k in peer_units if k not in ours),
                   sorted(k for k in ours if k not in peer_units), lines, files)


def main(argv):
    if len(argv) >= 2 and argv[1] == "mccabe-peer":
        mccabe_peer(argv[2:])
        return 0
    if len(argv) >= 3 and argv[1] == "radon-peer":
        radon_peer(float(argv[2]), argv[3:])
        return 0
    if len(argv) == 6 and argv[1] in ("mccabe", "radon"):
        compare = compare_mccabe if argv[1] == "mccabe" else compare_radon
        return compare(*argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
