/* The method names a class does not choose: those its bases impose (see defs.h).  A base
** of the same file imposes the names it binds; a standard-library base, the methods it
** defines and the ones it dispatches to by name (`visit_*`, `do_*`), from the table below,
** reached through the module's imports as the semantic model resolved them. */
#include <string.h>

#include "passes/defs.h"
#include "passes/project.h"
#include "passes/semantic.h"

/* Methods a standard-library base class defines or dispatches to by name, which a subclass
** overrides under the same name: each family lists the classes (as imported) and the names
** (`visit_*` stands for a prefix).  Only names that are not all lowercase need to be here. */
typedef struct base_family {
    const char *const *classes;
    const char *const *names;
} base_family;

#define LIST(...) (const char *const[]){__VA_ARGS__, NULL}

static const base_family base_families[] = {
    {LIST("unittest.TestCase", "unittest.case.TestCase", "unittest.IsolatedAsyncioTestCase",
          "unittest.async_case.IsolatedAsyncioTestCase", "unittest.FunctionTestCase"),
     LIST("setUp", "tearDown", "setUpClass", "tearDownClass", "asyncSetUp", "asyncTearDown",
          "runTest", "addCleanup", "addClassCleanup", "addAsyncCleanup", "addTypeEqualityFunc",
          "countTestCases", "defaultTestResult", "doCleanups", "doClassCleanups",
          "enterContext", "enterClassContext", "enterAsyncContext", "shortDescription",
          "skipTest", "subTest", "failureException", "longMessage", "maxDiff", "assertAlmostEqual",
          "assertCountEqual", "assertDictEqual", "assertEqual", "assertFalse", "assertGreater",
          "assertGreaterEqual", "assertIn", "assertIs", "assertIsInstance", "assertIsNone",
          "assertIsNot", "assertIsNotNone", "assertLess", "assertLessEqual", "assertListEqual",
          "assertLogs", "assertMultiLineEqual", "assertNoLogs", "assertNotAlmostEqual",
          "assertNotEqual", "assertNotIn", "assertNotIsInstance", "assertNotRegex",
          "assertRaises", "assertRaisesRegex", "assertRegex", "assertSequenceEqual",
          "assertSetEqual", "assertTrue", "assertTupleEqual", "assertWarns",
          "assertWarnsRegex")},
    {LIST("unittest.TestResult", "unittest.TextTestResult", "unittest.result.TestResult",
          "unittest.runner.TextTestResult"),
     LIST("startTest", "stopTest", "startTestRun", "stopTestRun", "addDuration", "addError",
          "addExpectedFailure", "addFailure", "addSkip", "addSubTest", "addSuccess",
          "addUnexpectedSuccess", "printErrors", "wasSuccessful", "getDescription",
          "printErrorList")},
    {LIST("unittest.TestSuite", "unittest.suite.TestSuite"),
     LIST("addTest", "addTests", "countTestCases")},
    {LIST("unittest.TestLoader", "unittest.loader.TestLoader"),
     LIST("getTestCaseNames", "loadTestsFromModule", "loadTestsFromName", "loadTestsFromNames",
          "loadTestsFromTestCase", "sortTestMethodsUsing", "suiteClass", "testMethodPrefix",
          "testNamePatterns")},
    {LIST("ast.NodeVisitor", "ast.NodeTransformer"), LIST("visit_*")},
    {LIST("http.server.BaseHTTPRequestHandler", "http.server.SimpleHTTPRequestHandler",
          "http.server.CGIHTTPRequestHandler", "xmlrpc.server.SimpleXMLRPCRequestHandler",
          "xmlrpc.server.CGIXMLRPCRequestHandler"),
     LIST("do_*", "MessageClass")},
    {LIST("cmd.Cmd", "pdb.Pdb"), LIST("do_*", "help_*", "complete_*")},
    {LIST("xmlrpc.server.SimpleXMLRPCDispatcher", "xmlrpc.server.SimpleXMLRPCServer",
          "xmlrpc.server.MultiPathXMLRPCServer", "xmlrpc.server.CGIXMLRPCRequestHandler",
          "xmlrpc.server.DocXMLRPCServer"),
     LIST("system_*", "_dispatch")},
    {LIST("logging.Handler", "logging.StreamHandler", "logging.FileHandler",
          "logging.NullHandler", "logging.handlers.BaseRotatingHandler",
          "logging.handlers.RotatingFileHandler", "logging.handlers.TimedRotatingFileHandler",
          "logging.handlers.WatchedFileHandler", "logging.handlers.SocketHandler",
          "logging.handlers.DatagramHandler", "logging.handlers.SysLogHandler",
          "logging.handlers.SMTPHandler", "logging.handlers.NTEventLogHandler",
          "logging.handlers.HTTPHandler", "logging.handlers.BufferingHandler",
          "logging.handlers.MemoryHandler", "logging.handlers.QueueHandler"),
     LIST("addFilter", "removeFilter", "createLock", "handleError", "setFormatter", "setLevel",
          "setStream", "shouldRollover", "doRollover", "computeRollover", "getFilesToDelete",
          "reopenIfNeeded", "createSocket", "makePickle", "makeSocket", "encodePriority",
          "mapPriority", "getSubject", "getConnection", "mapLogRecord", "shouldFlush",
          "setTarget", "getEventCategory", "getEventType", "getMessageID")},
    {LIST("logging.Formatter"),
     LIST("formatException", "formatMessage", "formatStack", "formatTime", "usesTime")},
    {LIST("logging.Logger", "logging.LoggerAdapter"),
     LIST("addFilter", "removeFilter", "addHandler", "removeHandler", "callHandlers",
          "findCaller", "getChild", "getChildren", "getEffectiveLevel", "hasHandlers",
          "isEnabledFor", "makeRecord", "setLevel")},
    {LIST("threading.Thread"), LIST("getName", "setName", "isDaemon", "setDaemon")},
    {LIST("xml.sax.ContentHandler", "xml.sax.handler.ContentHandler",
          "xml.sax.ErrorHandler", "xml.sax.handler.ErrorHandler", "xml.sax.handler.DTDHandler",
          "xml.sax.handler.EntityResolver", "xml.sax.handler.LexicalHandler",
          "xml.sax.saxutils.XMLGenerator", "xml.sax.saxutils.XMLFilterBase",
          "xml.sax.xmlreader.XMLReader", "xml.sax.xmlreader.IncrementalParser",
          "xml.sax.xmlreader.Locator"),
     LIST("startDocument", "endDocument", "startElement", "endElement", "startElementNS",
          "endElementNS", "startPrefixMapping", "endPrefixMapping", "ignorableWhitespace",
          "processingInstruction", "setDocumentLocator", "skippedEntity", "fatalError",
          "notationDecl", "unparsedEntityDecl", "resolveEntity", "startDTD", "endDTD",
          "startCDATA", "endCDATA", "getContentHandler", "setContentHandler", "getDTDHandler",
          "setDTDHandler", "getEntityResolver", "setEntityResolver", "getErrorHandler",
          "setErrorHandler", "getFeature", "setFeature", "getProperty", "setProperty",
          "setLocale", "prepareParser", "getParent", "setParent", "getColumnNumber",
          "getLineNumber", "getPublicId", "getSystemId")},
    {LIST("xml.dom.NodeFilter.NodeFilter", "xml.dom.NodeFilter"), LIST("acceptNode")},
};

/* A name of the table: the name itself, or with a trailing `*`, a prefix. */
static bool matches(const char *pattern, const char *name)
{
    size_t n = strlen(pattern);
    if (n && pattern[n - 1] == '*')
        return strncmp(pattern, name, n - 1) == 0;
    return strcmp(pattern, name) == 0;
}

/* The qualified name a base class expression stands for, through the module's imports
** (`unittest.TestCase` after `import unittest`, `TestCase` after `from unittest import
** TestCase`), written to buf; false when it names no import. */
bool pr_qualified_base(pr_sem *sem, const pr_node *base, char *buf, size_t cap)
{
    const pr_node *root = base;
    while (root->kind == PR_Attribute)
        root = root->v.Attribute.value;
    char dotted[256];
    size_t n = pr_expr_dotted(base, dotted, sizeof dotted);
    if (root->kind != PR_Name || n == 0 || base->kind == PR_Call)
        return false;
    const char *id = root->v.Name.id;
    uint32_t b = pr_sem_lookup(sem, 0, pr_sem_find(sem, id, strlen(id)));
    if (b == PR_SEM_NONE)
        return false;
    const pr_binding *imp = &sem->bindings[b];
    if (imp->kind != PR_BIND_IMPORT && imp->kind != PR_BIND_FROM_IMPORT &&
        imp->kind != PR_BIND_SUBMODULE)
        return false;
    /* `import a.b` binds a: the module is the first part of what it imports */
    size_t qlen = imp->kind == PR_BIND_SUBMODULE ? strlen(id) : strlen(imp->qualified);
    const char *rest = dotted + strlen(id);
    if (qlen + strlen(rest) + 1 > cap)
        return false;
    memcpy(buf, imp->qualified, qlen);
    strcpy(buf + qlen, rest);
    return true;
}

bool pr_library_imposes(const char *qualified_base, const char *name)
{
    for (size_t f = 0; f < sizeof base_families / sizeof base_families[0]; f++) {
        const base_family *fam = &base_families[f];
        bool match = false;
        for (const char *const *c = fam->classes; *c && !match; c++)
            match = (*c)[0] == qualified_base[0] && strcmp(*c, qualified_base) == 0;
        for (const char *const *p = fam->names; match && *p; p++)
            if ((*p)[0] == name[0] && matches(*p, name))
                return true;
    }
    return false;
}

/* Whether a standard-library base of cls (written in its bases) defines or dispatches to
** the method name. */
static bool imposed_by_library(pr_sem *sem, const pr_node *cls, const char *name)
{
    const pr_seq *bases = cls->v.ClassDef.bases;
    for (uint32_t i = 0; i < PR_SEQ_LEN(bases); i++) {
        char q[256];
        if (pr_qualified_base(sem, PR_SEQ_NODE(bases, i), q, sizeof q) && pr_library_imposes(q, name))
            return true;
    }
    return false;
}

bool pr_class_imposes(const pr_class_index *ix, pr_sem *sem, const pr_node *cls, const char *name)
{
    const pr_node *ancestors[PR_MAX_ANCESTORS];
    uint32_t n = pr_class_ancestors(ix, cls, ancestors, PR_MAX_ANCESTORS);
    for (uint32_t i = 0; i < n; i++)
        if (pr_class_member(ancestors[i], name))
            return true;
    if (imposed_by_library(sem, cls, name))
        return true;
    for (uint32_t i = 0; i < n; i++)
        if (imposed_by_library(sem, ancestors[i], name))
            return true;
    return false;
}
