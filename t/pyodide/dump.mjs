// CPython 3.14 as a reference, through Pyodide: runs t/astdump.py inside
// Pyodide's interpreter, with the host's file system mounted, so that the 3.14
// tests use the same dumper as the 3.13 ones.
//
//   node dump.mjs --modules DIR ARGS...
//
// DIR holds node_modules/pyodide (installed by `npm ci` from this folder's
// package-lock.json).  ARGS are astdump.py's (manifest ROOT [K/N] | dump SRC
// DEST... | compile PATH... | doctests FILE DIR; absolute paths are seen
// under /host inside), plus one mode of our own:
//
//   extract DEST     write every *.py of Pyodide's bundled standard library
//                    (python_stdlib.zip, less site-packages) under DEST
//
// Exit status: astdump.py's; 3 when Pyodide cannot be loaded on this Node.js.

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const HOST = "/host"; // where the host's "/" appears inside Pyodide

function usage() {
  process.stderr.write("usage: node dump.mjs --modules DIR MODE ARGS...\n");
  process.exit(2);
}

const argv = process.argv.slice(2);
if (argv[0] !== "--modules" || argv.length < 3) usage();
const modules = path.resolve(argv[1]);
const [mode, ...rest] = argv.slice(2);

// Paths given relative stay relative (Python runs in the same directory), so
// the file names astdump.py prints are the ones it was given.
const inside = (p) => (path.isAbsolute(p) ? HOST + p : p);

let pyodide;
try {
  const url = pathToFileURL(path.join(modules, "node_modules/pyodide/pyodide.mjs"));
  const { loadPyodide } = await import(url.href);
  pyodide = await loadPyodide();
} catch (err) {
  process.stderr.write(`dump.mjs: cannot load Pyodide on Node.js ${process.version}: ${err}\n`);
  process.exit(3);
}

const raw = (fd) => ({ write: (bytes) => fs.writeSync(fd, bytes) });
pyodide.setStdout(raw(1));
pyodide.setStderr(raw(2));
pyodide.mountNodeFS(HOST, "/");

const astdump = fileURLToPath(new URL("../astdump.py", import.meta.url));
let args = [];
let extractTo; // undefined is None in Python
if (mode === "extract") {
  if (rest.length !== 1) usage();
  fs.mkdirSync(rest[0], { recursive: true });
  extractTo = inside(path.resolve(rest[0]));
} else {
  args = [mode, ...rest.map(inside)];
}

pyodide.globals.set("host_cwd", HOST + process.cwd());
pyodide.globals.set("astdump_path", HOST + astdump);
pyodide.globals.set("astdump_args", pyodide.toPy(args));
pyodide.globals.set("extract_to", extractTo);
let status;
try {
  status = pyodide.runPython(`
import os, sys, zipfile
os.chdir(host_cwd)
if extract_to is not None:
    # The bundled stdlib is the zip on sys.path; skip its site-packages.
    archive = next(p for p in sys.path if p.endswith(".zip"))
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            if name.endswith(".py") and not name.startswith("site-packages/"):
                z.extract(name, extract_to)
    status = 0
else:
    namespace = {"__name__": "astdump"}
    with open(astdump_path, "rb") as f:
        exec(compile(f.read(), astdump_path, "exec"), namespace)
    status = namespace["main"](list(astdump_args))
sys.stdout.flush()
sys.stderr.flush()
status
`);
} catch (err) {
  // A Python exception: its traceback is the useful part, not the JS stack.
  process.stderr.write(`dump.mjs: ${err.message ?? err}\n`);
  status = 1;
}
process.exitCode = status;
