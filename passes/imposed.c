/* The method names a class does not choose: those its bases impose (see defs.h).  A base
** of the same file imposes the names it binds; a standard-library base, the methods it
** defines and the ones it dispatches to by name (`visit_*`, `do_*`), from the table below,
** reached through the module's imports as the semantic model resolved them. */
#include <stdlib.h>
#include <string.h>

#include "passes/defs.h"
#include "passes/project.h"
#include "passes/semantic.h"

/* Methods a standard-library base class defines or dispatches to by name, which a subclass
** overrides under the same name: the classes (as imported) fall into families, and each
** family has its list of names (`visit_*` stands for a prefix).  Only names that are not
** all lowercase need to be here. */
enum {
    TEST_CASE, TEST_RESULT, TEST_SUITE, TEST_LOADER, NODE_VISITOR, HTTP_HANDLER, CMD,
    XMLRPC_DISPATCHER, LOG_HANDLER, LOG_FORMATTER, LOGGER, THREAD, SAX_HANDLER, NODE_FILTER,
    NFAMILIES
};

#define F(family) (1u << (family))

/* Each class with its families, a bit each; sorted as strcmp sorts, for bsearch: most
** bases are none of these, and each method of a subclass asks. */
static const struct library_class {
    const char *name;
    uint16_t families;
} library_classes[] = {
    {"ast.NodeTransformer", F(NODE_VISITOR)},
    {"ast.NodeVisitor", F(NODE_VISITOR)},
    {"cmd.Cmd", F(CMD)},
    {"http.server.BaseHTTPRequestHandler", F(HTTP_HANDLER)},
    {"http.server.CGIHTTPRequestHandler", F(HTTP_HANDLER)},
    {"http.server.SimpleHTTPRequestHandler", F(HTTP_HANDLER)},
    {"logging.FileHandler", F(LOG_HANDLER)},
    {"logging.Formatter", F(LOG_FORMATTER)},
    {"logging.Handler", F(LOG_HANDLER)},
    {"logging.Logger", F(LOGGER)},
    {"logging.LoggerAdapter", F(LOGGER)},
    {"logging.NullHandler", F(LOG_HANDLER)},
    {"logging.StreamHandler", F(LOG_HANDLER)},
    {"logging.handlers.BaseRotatingHandler", F(LOG_HANDLER)},
    {"logging.handlers.BufferingHandler", F(LOG_HANDLER)},
    {"logging.handlers.DatagramHandler", F(LOG_HANDLER)},
    {"logging.handlers.HTTPHandler", F(LOG_HANDLER)},
    {"logging.handlers.MemoryHandler", F(LOG_HANDLER)},
    {"logging.handlers.NTEventLogHandler", F(LOG_HANDLER)},
    {"logging.handlers.QueueHandler", F(LOG_HANDLER)},
    {"logging.handlers.RotatingFileHandler", F(LOG_HANDLER)},
    {"logging.handlers.SMTPHandler", F(LOG_HANDLER)},
    {"logging.handlers.SocketHandler", F(LOG_HANDLER)},
    {"logging.handlers.SysLogHandler", F(LOG_HANDLER)},
    {"logging.handlers.TimedRotatingFileHandler", F(LOG_HANDLER)},
    {"logging.handlers.WatchedFileHandler", F(LOG_HANDLER)},
    {"pdb.Pdb", F(CMD)},
    {"threading.Thread", F(THREAD)},
    {"unittest.FunctionTestCase", F(TEST_CASE)},
    {"unittest.IsolatedAsyncioTestCase", F(TEST_CASE)},
    {"unittest.TestCase", F(TEST_CASE)},
    {"unittest.TestLoader", F(TEST_LOADER)},
    {"unittest.TestResult", F(TEST_RESULT)},
    {"unittest.TestSuite", F(TEST_SUITE)},
    {"unittest.TextTestResult", F(TEST_RESULT)},
    {"unittest.async_case.IsolatedAsyncioTestCase", F(TEST_CASE)},
    {"unittest.case.TestCase", F(TEST_CASE)},
    {"unittest.loader.TestLoader", F(TEST_LOADER)},
    {"unittest.result.TestResult", F(TEST_RESULT)},
    {"unittest.runner.TextTestResult", F(TEST_RESULT)},
    {"unittest.suite.TestSuite", F(TEST_SUITE)},
    {"xml.dom.NodeFilter", F(NODE_FILTER)},
    {"xml.dom.NodeFilter.NodeFilter", F(NODE_FILTER)},
    {"xml.sax.ContentHandler", F(SAX_HANDLER)},
    {"xml.sax.ErrorHandler", F(SAX_HANDLER)},
    {"xml.sax.handler.ContentHandler", F(SAX_HANDLER)},
    {"xml.sax.handler.DTDHandler", F(SAX_HANDLER)},
    {"xml.sax.handler.EntityResolver", F(SAX_HANDLER)},
    {"xml.sax.handler.ErrorHandler", F(SAX_HANDLER)},
    {"xml.sax.handler.LexicalHandler", F(SAX_HANDLER)},
    {"xml.sax.saxutils.XMLFilterBase", F(SAX_HANDLER)},
    {"xml.sax.saxutils.XMLGenerator", F(SAX_HANDLER)},
    {"xml.sax.xmlreader.IncrementalParser", F(SAX_HANDLER)},
    {"xml.sax.xmlreader.Locator", F(SAX_HANDLER)},
    {"xml.sax.xmlreader.XMLReader", F(SAX_HANDLER)},
    {"xmlrpc.server.CGIXMLRPCRequestHandler", F(HTTP_HANDLER) | F(XMLRPC_DISPATCHER)},
    {"xmlrpc.server.DocXMLRPCServer", F(XMLRPC_DISPATCHER)},
    {"xmlrpc.server.MultiPathXMLRPCServer", F(XMLRPC_DISPATCHER)},
    {"xmlrpc.server.SimpleXMLRPCDispatcher", F(XMLRPC_DISPATCHER)},
    {"xmlrpc.server.SimpleXMLRPCRequestHandler", F(HTTP_HANDLER)},
    {"xmlrpc.server.SimpleXMLRPCServer", F(XMLRPC_DISPATCHER)},
};

#define LIST(...) (const char *const[]){__VA_ARGS__, NULL}

static const char *const *const family_names[NFAMILIES] = {
    [TEST_CASE] = LIST("setUp", "tearDown", "setUpClass", "tearDownClass", "asyncSetUp",
        "asyncTearDown", "runTest", "addCleanup", "addClassCleanup", "addAsyncCleanup",
        "addTypeEqualityFunc", "countTestCases", "defaultTestResult", "doCleanups",
        "doClassCleanups", "enterContext", "enterClassContext", "enterAsyncContext",
        "shortDescription", "skipTest", "subTest", "failureException", "longMessage", "maxDiff",
        "assertAlmostEqual", "assertCountEqual", "assertDictEqual", "assertEqual", "assertFalse",
        "assertGreater", "assertGreaterEqual", "assertIn", "assertIs", "assertIsInstance",
        "assertIsNone", "assertIsNot", "assertIsNotNone", "assertLess", "assertLessEqual",
        "assertListEqual", "assertLogs", "assertMultiLineEqual", "assertNoLogs",
        "assertNotAlmostEqual", "assertNotEqual", "assertNotIn", "assertNotIsInstance",
        "assertNotRegex", "assertRaises", "assertRaisesRegex", "assertRegex", "assertSequenceEqual",
        "assertSetEqual", "assertTrue", "assertTupleEqual", "assertWarns", "assertWarnsRegex"),
    [TEST_RESULT] = LIST("startTest", "stopTest", "startTestRun", "stopTestRun", "addDuration",
        "addError", "addExpectedFailure", "addFailure", "addSkip", "addSubTest", "addSuccess",
        "addUnexpectedSuccess", "printErrors", "wasSuccessful", "getDescription", "printErrorList"),
    [TEST_SUITE] = LIST("addTest", "addTests", "countTestCases"),
    [TEST_LOADER] = LIST("getTestCaseNames", "loadTestsFromModule", "loadTestsFromName",
        "loadTestsFromNames", "loadTestsFromTestCase", "sortTestMethodsUsing", "suiteClass",
        "testMethodPrefix", "testNamePatterns"),
    [NODE_VISITOR] = LIST("visit_*"),
    [HTTP_HANDLER] = LIST("do_*", "MessageClass"),
    [CMD] = LIST("do_*", "help_*", "complete_*"),
    [XMLRPC_DISPATCHER] = LIST("system_*", "_dispatch"),
    [LOG_HANDLER] = LIST("addFilter", "removeFilter", "createLock", "handleError", "setFormatter",
        "setLevel", "setStream", "shouldRollover", "doRollover", "computeRollover",
        "getFilesToDelete", "reopenIfNeeded", "createSocket", "makePickle", "makeSocket",
        "encodePriority", "mapPriority", "getSubject", "getConnection", "mapLogRecord",
        "shouldFlush", "setTarget", "getEventCategory", "getEventType", "getMessageID"),
    [LOG_FORMATTER] = LIST("formatException", "formatMessage", "formatStack", "formatTime",
        "usesTime"),
    [LOGGER] = LIST("addFilter", "removeFilter", "addHandler", "removeHandler", "callHandlers",
        "findCaller", "getChild", "getChildren", "getEffectiveLevel", "hasHandlers", "isEnabledFor",
        "makeRecord", "setLevel"),
    [THREAD] = LIST("getName", "setName", "isDaemon", "setDaemon"),
    [SAX_HANDLER] = LIST("startDocument", "endDocument", "startElement", "endElement",
        "startElementNS", "endElementNS", "startPrefixMapping", "endPrefixMapping",
        "ignorableWhitespace", "processingInstruction", "setDocumentLocator", "skippedEntity",
        "fatalError", "notationDecl", "unparsedEntityDecl", "resolveEntity", "startDTD", "endDTD",
        "startCDATA", "endCDATA", "getContentHandler", "setContentHandler", "getDTDHandler",
        "setDTDHandler", "getEntityResolver", "setEntityResolver", "getErrorHandler",
        "setErrorHandler", "getFeature", "setFeature", "getProperty", "setProperty", "setLocale",
        "prepareParser", "getParent", "setParent", "getColumnNumber", "getLineNumber",
        "getPublicId", "getSystemId"),
    [NODE_FILTER] = LIST("acceptNode"),
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

static int by_name(const void *key, const void *entry)
{
    return strcmp(key, ((const struct library_class *)entry)->name);
}

bool pr_library_imposes(const char *qualified_base, const char *name)
{
    const struct library_class *c =
        bsearch(qualified_base, library_classes, sizeof library_classes / sizeof library_classes[0],
                sizeof library_classes[0], by_name);
    for (unsigned f = 0; c && f < NFAMILIES; f++) {
        if (!(c->families & F(f)))
            continue;
        for (const char *const *p = family_names[f]; *p; p++)
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
