/* Context managers that never suppress an exception: the standard library's whose
** __exit__ (or __aexit__) returns nothing true, entered by calling them in the with item
** itself.  A with statement made only of such items lets every exception of its body
** through, so that code after a body that always returns is unreachable; any other
** context manager (a name, a method's result, contextlib.suppress, assertRaises, a
** generator-based manager) may swallow one. */
#include <stdlib.h>
#include <string.h>

#include "passes/dataflow.h"

/* As pr_resolve_qualified spells them; sorted as strcmp sorts, for bsearch. */
static const char *const never_suppress[] = {
    "bz2.BZ2File",
    "bz2.open",
    "codecs.open",
    "concurrent.futures.ProcessPoolExecutor",
    "concurrent.futures.ThreadPoolExecutor",
    "contextlib.chdir",
    "contextlib.closing",
    "contextlib.nullcontext",
    "contextlib.redirect_stderr",
    "contextlib.redirect_stdout",
    "gzip.GzipFile",
    "gzip.open",
    "io.BytesIO",
    "io.FileIO",
    "io.StringIO",
    "io.TextIOWrapper",
    "io.open",
    "lzma.LZMAFile",
    "lzma.open",
    "memoryview",
    "mmap.mmap",
    "multiprocessing.Pool",
    "open",
    "os.fdopen",
    "os.popen",
    "os.scandir",
    "selectors.DefaultSelector",
    "shelve.open",
    "socket.create_connection",
    "socket.socket",
    "sqlite3.connect",
    "subprocess.Popen",
    "tarfile.TarFile",
    "tarfile.open",
    "tempfile.NamedTemporaryFile",
    "tempfile.SpooledTemporaryFile",
    "tempfile.TemporaryDirectory",
    "tempfile.TemporaryFile",
    "threading.BoundedSemaphore",
    "threading.Condition",
    "threading.Lock",
    "threading.RLock",
    "threading.Semaphore",
    "tokenize.open",
    "urllib.request.urlopen",
    "warnings.catch_warnings",
    "wave.open",
    "zipfile.ZipFile",
};

static int by_name(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

static bool never_suppresses(const pr_resolver *r, const pr_node *item)
{
    const pr_node *e = item->v.withitem.context_expr;
    if (e->kind != PR_Call)
        return false;
    char buf[256];
    const char *q = pr_resolve_qualified(r, e->v.Call.func, buf, sizeof buf);
    return q && bsearch(q, never_suppress, sizeof never_suppress / sizeof *never_suppress,
                        sizeof *never_suppress, by_name);
}

bool pr_with_may_suppress(const void *resolver, const pr_node *with)
{
    const pr_seq *items = with->v.With.items;
    for (uint32_t i = 0; i < PR_SEQ_LEN(items); i++)
        if (!never_suppresses(resolver, PR_SEQ_NODE(items, i)))
            return true;
    return false;
}
