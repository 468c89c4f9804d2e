/* Calls that bandit reports by the name of the function called, under ruff's codes and
** with ruff's exemptions (RULES.md §2.7): deserialisation, weak hashes and ciphers, eval
** and exec, XML parsers, telnet and FTP, URL openers; and the calls whose arguments
** decide (chmod masks, requests without timeout or verification, TLS versions, weak key
** sizes, yaml loaders, paramiko host keys, SNMP, Django raw SQL, logging.config.listen,
** jinja2 and mako templates, markupsafe, tarfile).  Names are resolved through imports
** (resolve.c), so an alias or a `from` import is the function it names and a local
** function of the same name is not. */
#include "passes/security.h"

#include <stdio.h>
#include <string.h>

/* A called name and its rule. */
typedef struct suspicious {
    const char *name;
    pr_rule rule;
} suspicious;

/* Modules whose every function is suspicious. */
static const suspicious modules[] = {{"telnetlib", PR_RULE_S312}, {"ftplib", PR_RULE_S321}};

static const suspicious table[] = {
    {"Crypto.Cipher.ARC2.new", PR_RULE_S304}, {"Crypto.Cipher.Blowfish.new", PR_RULE_S304},
    {"Crypto.Cipher.DES.new", PR_RULE_S304}, {"Crypto.Cipher.XOR.new", PR_RULE_S304},
    {"Crypto.Hash.MD2.new", PR_RULE_S303}, {"Crypto.Hash.MD3.new", PR_RULE_S303},
    {"Crypto.Hash.MD4.new", PR_RULE_S303}, {"Crypto.Hash.MD5.new", PR_RULE_S303},
    {"Crypto.Hash.SHA.new", PR_RULE_S303}, {"Cryptodome.Cipher.ARC2.new", PR_RULE_S304},
    {"Cryptodome.Cipher.Blowfish.new", PR_RULE_S304}, {"Cryptodome.Cipher.DES.new", PR_RULE_S304},
    {"Cryptodome.Cipher.XOR.new", PR_RULE_S304}, {"Cryptodome.Hash.MD2.new", PR_RULE_S303},
    {"Cryptodome.Hash.MD3.new", PR_RULE_S303}, {"Cryptodome.Hash.MD4.new", PR_RULE_S303},
    {"Cryptodome.Hash.MD5.new", PR_RULE_S303}, {"Cryptodome.Hash.SHA.new", PR_RULE_S303},
    {"builtins.eval", PR_RULE_S307},
    {"cryptography.hazmat.primitives.ciphers.algorithms.ARC4", PR_RULE_S304},
    {"cryptography.hazmat.primitives.ciphers.algorithms.Blowfish", PR_RULE_S304},
    {"cryptography.hazmat.primitives.ciphers.algorithms.IDEA", PR_RULE_S304},
    {"cryptography.hazmat.primitives.ciphers.modes.ECB", PR_RULE_S305},
    {"cryptography.hazmat.primitives.hashes.MD5", PR_RULE_S303},
    {"cryptography.hazmat.primitives.hashes.SHA1", PR_RULE_S303}, {"dill.Unpickler", PR_RULE_S301},
    {"dill.load", PR_RULE_S301}, {"dill.loads", PR_RULE_S301},
    {"django.utils.html.mark_safe", PR_RULE_S308},
    {"django.utils.safestring.mark_safe", PR_RULE_S308}, {"eval", PR_RULE_S307},
    {"jsonpickle.decode", PR_RULE_S301}, {"jsonpickle.unpickler.decode", PR_RULE_S301},
    {"marshal.load", PR_RULE_S302}, {"marshal.loads", PR_RULE_S302},
    {"pandas.read_pickle", PR_RULE_S301}, {"pickle.Unpickler", PR_RULE_S301},
    {"pickle.load", PR_RULE_S301}, {"pickle.loads", PR_RULE_S301}, {"random.Random", PR_RULE_S311},
    {"random.choice", PR_RULE_S311}, {"random.choices", PR_RULE_S311},
    {"random.randbytes", PR_RULE_S311}, {"random.randint", PR_RULE_S311},
    {"random.random", PR_RULE_S311}, {"random.randrange", PR_RULE_S311},
    {"random.triangular", PR_RULE_S311}, {"random.uniform", PR_RULE_S311},
    {"shelve.DbfilenameShelf", PR_RULE_S301}, {"shelve.open", PR_RULE_S301},
    {"six.moves.urllib.request.FancyURLopener", PR_RULE_S310},
    {"six.moves.urllib.request.Request", PR_RULE_S310},
    {"six.moves.urllib.request.URLopener", PR_RULE_S310},
    {"six.moves.urllib.request.urlopen", PR_RULE_S310},
    {"six.moves.urllib.request.urlretrieve", PR_RULE_S310},
    {"ssl._create_unverified_context", PR_RULE_S323}, {"tempfile.mktemp", PR_RULE_S306},
    {"urllib.request.FancyURLopener", PR_RULE_S310}, {"urllib.request.Request", PR_RULE_S310},
    {"urllib.request.URLopener", PR_RULE_S310}, {"urllib.request.urlopen", PR_RULE_S310},
    {"urllib.request.urlretrieve", PR_RULE_S310}, {"xml.dom.expatbuilder.parse", PR_RULE_S316},
    {"xml.dom.expatbuilder.parseString", PR_RULE_S316}, {"xml.dom.minidom.parse", PR_RULE_S318},
    {"xml.dom.minidom.parseString", PR_RULE_S318}, {"xml.dom.pulldom.parse", PR_RULE_S319},
    {"xml.dom.pulldom.parseString", PR_RULE_S319},
    {"xml.etree.ElementTree.XMLParser", PR_RULE_S314},
    {"xml.etree.ElementTree.fromstring", PR_RULE_S314},
    {"xml.etree.ElementTree.iterparse", PR_RULE_S314},
    {"xml.etree.ElementTree.parse", PR_RULE_S314},
    {"xml.etree.cElementTree.XMLParser", PR_RULE_S313},
    {"xml.etree.cElementTree.fromstring", PR_RULE_S313},
    {"xml.etree.cElementTree.iterparse", PR_RULE_S313},
    {"xml.etree.cElementTree.parse", PR_RULE_S313},
    {"xml.sax.expatreader.create_parser", PR_RULE_S315}, {"xml.sax.make_parser", PR_RULE_S317},
    {"xml.sax.parse", PR_RULE_S317}, {"xml.sax.parseString", PR_RULE_S317},
};

/* The module a qualified name is of, when every function of it is suspicious. */
static const suspicious *of_module(const char *q)
{
    if (q[0] != 't' && q[0] != 'f')
        return NULL;   /* neither module */
    for (size_t i = 0; i < sizeof modules / sizeof modules[0]; i++) {
        size_t n = strlen(modules[i].name);
        if (strncmp(q, modules[i].name, n) == 0 && q[n] == '.')
            return &modules[i];
    }
    return NULL;
}

static void report_call(pr_sec *s, pr_rule rule, const pr_node *n, ...)
{
    va_list ap;
    va_start(ap, n);
    pr_report_va(s->f, rule, n->lineno, n->col, n->end_lineno, n->end_col, ap);
    va_end(ap);
}

/* A string, an f-string or a concatenation starting with http:// or https:// (ruff). */
static bool http_url(const pr_node *e)
{
    while (e->kind == PR_BinOp && e->v.BinOp.op == PR_ADD)
        e = e->v.BinOp.left;
    const char *text = NULL;
    size_t len = 0;
    if (pr_is_str(e)) {
        text = e->v.Constant.value->text;
        len = e->v.Constant.value->len;
    } else if (e->kind == PR_JoinedStr && PR_SEQ_LEN(e->v.JoinedStr.values) &&
               pr_is_str(PR_SEQ_NODE(e->v.JoinedStr.values, 0))) {
        const pr_node *first = PR_SEQ_NODE(e->v.JoinedStr.values, 0);
        text = first->v.Constant.value->text;
        len = first->v.Constant.value->len;
    }
    if (!text)
        return false;
    while (len && (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')) {
        text++;
        len--;
    }
    return (len >= 7 && strncmp(text, "http://", 7) == 0) || (len >= 8 && strncmp(text, "https://", 8) == 0);
}

/* ruff's exemptions to the blacklist. */
static bool exempt(pr_sec *s, const suspicious *e, const char *q, const pr_node *call)
{
    if (e->rule == PR_RULE_S308) {
        const pr_seq *args = call->v.Call.args;
        return PR_SEQ_LEN(args) == 1 && pr_is_str(PR_SEQ_NODE(args, 0));
    }
    if (e->rule != PR_RULE_S310 || pr_call_spreads(call))
        return false;
    bool request = strstr(q, ".Request") != NULL;
    const pr_node *url = pr_call_arg(call, 0, "url");
    if (!url || strstr(q, "URLopener"))
        return false;
    if (!request && url->kind == PR_Call) {
        char buf[256];
        const char *inner = pr_resolve_qualified(&s->r, url->v.Call.func, buf, sizeof buf);
        const pr_node *inner_url = pr_call_arg(url, 0, "url");
        return inner && strcmp(inner, "urllib.request.Request") == 0 && inner_url && http_url(inner_url);
    }
    return http_url(url);
}

/* ------------------------------------------------------------------ argument checks */

/* S103: the mask of os.chmod, an int or stat constants joined by `|`. */
static bool mask_of(pr_sec *s, const pr_node *e, unsigned long *mask)
{
    static const struct { const char *name; unsigned long v; } stat_bits[] = {
        {"stat.S_ISUID", 04000}, {"stat.S_ISGID", 02000}, {"stat.S_ISVTX", 01000},
        {"stat.S_IRWXU", 0700}, {"stat.S_IRUSR", 0400}, {"stat.S_IWUSR", 0200},
        {"stat.S_IXUSR", 0100}, {"stat.S_IRWXG", 070}, {"stat.S_IRGRP", 040},
        {"stat.S_IWGRP", 020}, {"stat.S_IXGRP", 010}, {"stat.S_IRWXO", 07},
        {"stat.S_IROTH", 04}, {"stat.S_IWOTH", 02}, {"stat.S_IXOTH", 01},
        {"stat.S_IREAD", 0400}, {"stat.S_IWRITE", 0200}, {"stat.S_IEXEC", 0100},
    };
    if (e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_INT) {
        const char *t = e->v.Constant.value->text;
        if (strlen(t) > 12)
            return false;
        *mask = 0;
        for (; *t; t++)
            *mask = *mask * 10 + (unsigned long)(*t - '0');
        return true;
    }
    if (e->kind == PR_BinOp && e->v.BinOp.op == PR_BITOR) {
        unsigned long a, b;
        if (!mask_of(s, e->v.BinOp.left, &a) || !mask_of(s, e->v.BinOp.right, &b))
            return false;
        *mask = a | b;
        return true;
    }
    char buf[256];
    const char *q = pr_resolve_qualified(&s->r, e, buf, sizeof buf);
    for (size_t i = 0; q && i < sizeof stat_bits / sizeof stat_bits[0]; i++)
        if (strcmp(q, stat_bits[i].name) == 0) {
            *mask = stat_bits[i].v;
            return true;
        }
    return false;
}

static void chmod_mask(pr_sec *s, const pr_node *call)
{
    const pr_node *mode = pr_call_arg(call, 1, "mode");
    unsigned long mask;
    if (!mode || !mask_of(s, mode, &mask) || mask > 07777 || !(mask & 02 || mask & 010))
        return;
    char text[24];
    snprintf(text, sizeof text, "0o%lo", mask);
    report_call(s, PR_RULE_S103, mode, text);
    if (mask & 02)
        pr_sec_level(s, PR_HIGH, PR_HIGH);
}

static const char *const http_verbs[] = {"get", "options", "head", "post", "put", "patch", "delete",
                                         "request", NULL};
static const char *const httpx_calls[] = {"get", "options", "head", "post", "put", "patch", "delete",
                                          "request", "stream", "Client", "AsyncClient", NULL};

static bool one_of(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return true;
    return false;
}

/* S113, S501: requests and httpx. */
static void http_call(pr_sec *s, const char *q, const pr_node *call)
{
    bool requests = strncmp(q, "requests.", 9) == 0 && one_of(q + 9, http_verbs);
    bool httpx = strncmp(q, "httpx.", 6) == 0 && one_of(q + 6, httpx_calls);
    if (!requests && !httpx)
        return;
    const char *lib = requests ? "requests" : "httpx";
    const pr_node *verify = pr_call_keyword(call, "verify");
    if (verify && verify->v.keyword.value->kind == PR_Constant &&
        verify->v.keyword.value->v.Constant.value->kind == PR_CONST_FALSE)
        report_call(s, PR_RULE_S501, verify, lib);
    const pr_node *timeout = pr_call_keyword(call, "timeout");
    if (timeout) {
        const pr_node *v = timeout->v.keyword.value;
        if (v->kind == PR_Constant && v->v.Constant.value->kind == PR_CONST_NONE)
            report_call(s, PR_RULE_S113, timeout, lib, "with timeout set to `None`");
    } else if (requests && !pr_call_spreads(call)) {
        report_call(s, PR_RULE_S113, call->v.Call.func, lib, "without timeout");
    }
}

static const char *const bad_protocols[] = {
    "PROTOCOL_SSLv2", "PROTOCOL_SSLv3", "PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "SSLv2_METHOD",
    "SSLv23_METHOD", "SSLv3_METHOD", "TLSv1_METHOD", "TLSv1_1_METHOD", NULL};

const char *pr_sec_bad_protocol(const pr_node *e)
{
    const char *name = e->kind == PR_Name ? e->v.Name.id : e->kind == PR_Attribute ? e->v.Attribute.attr : NULL;
    return name && one_of(name, bad_protocols) ? name : NULL;
}

static void ssl_call(pr_sec *s, const char *q, const pr_node *call)
{
    const char *kw = strcmp(q, "ssl.wrap_socket") == 0 ? "ssl_version"
                     : strcmp(q, "OpenSSL.SSL.Context") == 0 ? "method" : NULL;
    if (!kw)
        return;
    const pr_node *k = pr_call_keyword(call, kw);
    const char *bad = k ? pr_sec_bad_protocol(k->v.keyword.value) : NULL;
    if (bad)
        report_call(s, PR_RULE_S502, k, bad);
    if (!k && kw[0] == 's' && !pr_call_spreads(call))
        report_call(s, PR_RULE_S504, call);
}

/* S505: key sizes of cryptography's and pycrypto's generators. */
static void key_size(pr_sec *s, const char *q, const pr_node *call)
{
    static const struct { const char *name, *kind, *kw; uint32_t pos, min; } generators[] = {
        {"cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key", "DSA", "key_size", 0, 2048},
        {"cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key", "RSA", "key_size", 1, 2048},
        {"Crypto.PublicKey.DSA.generate", "DSA", "bits", 0, 2048},
        {"Crypto.PublicKey.RSA.generate", "RSA", "bits", 0, 2048},
        {"Cryptodome.PublicKey.DSA.generate", "DSA", "bits", 0, 2048},
        {"Cryptodome.PublicKey.RSA.generate", "RSA", "bits", 0, 2048},
    };
    for (size_t i = 0; i < sizeof generators / sizeof generators[0]; i++) {
        if (strcmp(q, generators[i].name) != 0)
            continue;
        const pr_node *size = pr_call_arg(call, generators[i].pos, generators[i].kw);
        if (!size || size->kind != PR_Constant || size->v.Constant.value->kind != PR_CONST_INT ||
            strlen(size->v.Constant.value->text) > 6)
            return;
        unsigned long v = 0;
        for (const char *t = size->v.Constant.value->text; *t; t++)
            v = v * 10 + (unsigned long)(*t - '0');
        if (v < generators[i].min) {
            report_call(s, PR_RULE_S505, size, generators[i].kind, generators[i].min);
            if (v < 1024)
                pr_sec_level(s, PR_HIGH, PR_HIGH);
        }
        return;
    }
    if (strcmp(q, "cryptography.hazmat.primitives.asymmetric.ec.generate_private_key") != 0)
        return;
    const pr_node *curve = pr_call_arg(call, 0, "curve");
    if (curve && curve->kind == PR_Call)
        curve = curve->v.Call.func;   /* ec.SECP192R1() as well as the class */
    if (!curve || curve->kind != PR_Attribute)
        return;
    static const char *const weak_curves[] = {"SECP192R1", "SECT163K1", "SECT163R2", NULL};
    if (one_of(curve->v.Attribute.attr, weak_curves))
        report_call(s, PR_RULE_S505, curve, "EC", 224u);
}

/* S506: yaml.load without a safe loader. */
static void yaml_load(pr_sec *s, const pr_node *call)
{
    const pr_node *loader = pr_call_arg(call, 1, "Loader");
    if (!loader) {
        if (!pr_call_spreads(call))
            report_call(s, PR_RULE_S506, call->v.Call.func, "");
        return;
    }
    char buf[256];
    const char *name = pr_resolve_dotted(loader, buf, sizeof buf);
    if (!name)
        return;
    const char *last = strrchr(name, '.');
    last = last ? last + 1 : name;
    static const char *const safe[] = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader", NULL};
    if (one_of(last, safe))
        return;
    char what[300];
    snprintf(what, sizeof what, "loader `%s` with ", last);
    report_call(s, PR_RULE_S506, loader, what);
}

/* S324: hashlib's weak functions unless usedforsecurity=False. */
static void weak_hash(pr_sec *s, const char *q, const pr_node *call)
{
    static const char *const weak[] = {"md4", "md5", "sha", "sha1", NULL};
    const pr_node *k = pr_call_keyword(call, "usedforsecurity");
    if (k && pr_truthiness(&s->r, k->v.keyword.value) == 0)
        return;
    if (strcmp(q, "hashlib.new") == 0) {
        const pr_node *name = pr_call_arg(call, 0, "name");
        if (!pr_is_str(name))
            return;
        char lower[16];
        const pr_const *c = name->v.Constant.value;
        if (c->len >= sizeof lower)
            return;
        for (size_t i = 0; i <= c->len; i++)
            lower[i] = (char)(c->text[i] >= 'A' && c->text[i] <= 'Z' ? c->text[i] + 32 : c->text[i]);
        if (one_of(lower, weak))
            report_call(s, PR_RULE_S324, name, "hashlib", c->text);
        return;
    }
    static const char *const direct[] = {"hashlib.md4", "hashlib.md5", "hashlib.sha", "hashlib.sha1", NULL};
    if (one_of(q, direct))
        report_call(s, PR_RULE_S324, call->v.Call.func, "hashlib", q + 8);
}

/* S701: jinja2 without autoescaping. */
static void jinja2(pr_sec *s, const pr_node *call)
{
    const pr_node *k = pr_call_keyword(call, "autoescape");
    if (!k) {
        if (!pr_call_spreads(call))
            report_call(s, PR_RULE_S701, call->v.Call.func,
                        "By default, jinja2 sets `autoescape` to `False`. Consider using "
                        "`autoescape=True` or the `select_autoescape` function to mitigate XSS "
                        "vulnerabilities.");
        return;
    }
    const pr_node *v = k->v.keyword.value;
    if (pr_truthiness(&s->r, v) == 1 && v->kind == PR_Constant)
        return;
    if (v->kind == PR_Call && v->v.Call.func->kind == PR_Name &&
        strcmp(v->v.Call.func->v.Name.id, "select_autoescape") == 0)
        return;
    if (v->kind == PR_Call && v->v.Call.func->kind == PR_Attribute &&
        strcmp(v->v.Call.func->v.Attribute.attr, "select_autoescape") == 0)
        return;
    report_call(s, PR_RULE_S701, k,
                "Using jinja2 templates with `autoescape=False` is dangerous and can lead to XSS. "
                "Ensure `autoescape=True` or use the `select_autoescape` function.");
}

/* S610: QuerySet.extra with values that are no literals (ruff). */
static bool extra_insecure(const pr_node *call)
{
    const pr_node *select = pr_call_arg(call, 0, "select");
    if (select) {
        if (select->kind != PR_Dict)
            return true;
        for (uint32_t i = 0; i < PR_SEQ_LEN(select->v.Dict.keys); i++) {
            const pr_node *k = PR_SEQ_NODE(select->v.Dict.keys, i);
            if ((k && !pr_is_str(k)) || !pr_is_str(PR_SEQ_NODE(select->v.Dict.values, i)))
                return true;
        }
    }
    const char *lists[] = {"where", "tables"};
    uint32_t pos[] = {1, 3};
    for (int i = 0; i < 2; i++) {
        const pr_node *v = pr_call_arg(call, pos[i], lists[i]);
        if (!v)
            continue;
        if (v->kind != PR_List)
            return true;
        for (uint32_t k = 0; k < PR_SEQ_LEN(v->v.List.elts); k++)
            if (!pr_is_str(PR_SEQ_NODE(v->v.List.elts, k)))
                return true;
    }
    return false;
}

/* The calls whose arguments decide, by name. */
typedef enum special {
    SP_HTTP, SP_EVAL, SP_EXEC, SP_DESERIALIZE, SP_CHMOD, SP_HASHLIB, SP_YAML, SP_JINJA2, SP_MAKO, SP_LISTEN,
    SP_COMMUNITY, SP_USM, SP_RAWSQL, SP_MARKUP, SP_SSL, SP_KEY
} special;

typedef struct special_call {
    const char *name;
    special what;
} special_call;

static const special_call specials[] = {
    {"Crypto.PublicKey.DSA.generate", SP_KEY}, {"Crypto.PublicKey.RSA.generate", SP_KEY},
    {"Cryptodome.PublicKey.DSA.generate", SP_KEY}, {"Cryptodome.PublicKey.RSA.generate", SP_KEY},
    {"OpenSSL.SSL.Context", SP_SSL}, {"builtins.eval", SP_EVAL}, {"builtins.exec", SP_EXEC},
    {"cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key", SP_KEY},
    {"cryptography.hazmat.primitives.asymmetric.ec.generate_private_key", SP_KEY},
    {"cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key", SP_KEY},
    {"dill.load", SP_DESERIALIZE}, {"dill.loads", SP_DESERIALIZE},
    {"django.db.models.RawSQL", SP_RAWSQL}, {"django.db.models.expressions.RawSQL", SP_RAWSQL},
    {"eval", SP_EVAL}, {"exec", SP_EXEC}, {"flask.Markup", SP_MARKUP},
    {"hashlib.md4", SP_HASHLIB}, {"hashlib.md5", SP_HASHLIB}, {"hashlib.new", SP_HASHLIB},
    {"hashlib.sha", SP_HASHLIB}, {"hashlib.sha1", SP_HASHLIB}, {"jinja2.Environment", SP_JINJA2},
    {"logging.config.listen", SP_LISTEN}, {"mako.template.Template", SP_MAKO},
    {"markupsafe.Markup", SP_MARKUP}, {"marshal.load", SP_DESERIALIZE},
    {"marshal.loads", SP_DESERIALIZE}, {"os.chmod", SP_CHMOD}, {"pickle.load", SP_DESERIALIZE},
    {"pickle.loads", SP_DESERIALIZE}, {"pysnmp.hlapi.CommunityData", SP_COMMUNITY},
    {"pysnmp.hlapi.UsmUserData", SP_USM}, {"ssl.wrap_socket", SP_SSL}, {"yaml.load", SP_YAML},
};

/* RVW504 for the sinks that take code or data to deserialise as their first argument. */
static void tainted_first(pr_sec *s, const pr_node *call, const pr_node *func, const char *what,
                          pr_level severity)
{
    if (pr_sec_on(s, PR_RULE_RVW504) && PR_SEQ_LEN(call->v.Call.args) > 0)
        pr_sec_tainted_arg(s, PR_SEQ_NODE(call->v.Call.args, 0), func, what, severity);
}

/* S202's exemptions (ruff's): `filter="data"` or `"tar"`, or a receiver whose one
** reaching definition (`t = ...`, `with ... as t`) is made by something named outside
** the tarfile module (`zipfile.ZipFile(...)`). */
static bool tar_safe(pr_sec *s, const pr_node *call, const pr_node *callee, const pr_node *func)
{
    const pr_node *k = pr_call_keyword(call, "filter");
    if (k && pr_is_str(k->v.keyword.value)) {
        const char *t = k->v.keyword.value->v.Constant.value->text;
        if (strcmp(t, "data") == 0 || strcmp(t, "tar") == 0)
            return true;
    }
    const pr_node *recv = callee->v.Attribute.value;
    if (recv->kind != PR_Name)
        return false;
    pr_usedef *u = pr_sec_usedef(s, func);
    uint32_t defs[2];
    if (pr_usedef_reaching(u, recv, defs, 2) != 1)
        return false;
    const pr_node *stmt = pr_usedef_def_stmt(u, defs[0]), *target = s->r.m->bindings[defs[0]].node;
    const pr_node *source = NULL;
    if (stmt && stmt->kind == PR_Assign) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(stmt->v.Assign.targets); i++)
            if (PR_SEQ_NODE(stmt->v.Assign.targets, i) == target)
                source = stmt->v.Assign.value;
    } else if (stmt && (stmt->kind == PR_With || stmt->kind == PR_AsyncWith)) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(stmt->v.With.items); i++) {
            const pr_node *item = PR_SEQ_NODE(stmt->v.With.items, i);
            if (item->v.withitem.optional_vars == target)
                source = item->v.withitem.context_expr;
        }
    }
    if (!source)
        return false;
    if (source->kind == PR_Call)
        source = source->v.Call.func;
    char buf[256];
    const char *q = pr_resolve_qualified(&s->r, source, buf, sizeof buf);
    return q && !(strncmp(q, "tarfile", 7) == 0 && (q[7] == '\0' || q[7] == '.'));
}

/* Checks of methods of objects the resolver cannot name: bandit's and ruff's name tests. */
static void method_call(pr_sec *s, const pr_node *call, const pr_node *callee, const pr_node *func)
{
    const char *attr = callee->v.Attribute.attr;
    switch (attr[0]) {   /* most names start as none of these */
    case 'e':
        if (s->seen_tarfile && strcmp(attr, "extractall") == 0 && !tar_safe(s, call, callee, func))
            report_call(s, PR_RULE_S202, callee);
        else if (s->seen_paramiko && strcmp(attr, "exec_command") == 0)
            report_call(s, PR_RULE_S601, callee);
        else if (strcmp(attr, "extra") == 0 && extra_insecure(call))
            report_call(s, PR_RULE_S610, callee);
        break;
    case 'r':
        if (s->seen_flask && strcmp(attr, "run") == 0) {
            const pr_node *debug = pr_call_keyword(call, "debug");
            if (debug && debug->v.keyword.value->kind == PR_Constant &&
                debug->v.keyword.value->v.Constant.value->kind == PR_CONST_TRUE)
                report_call(s, PR_RULE_S201, callee);
        }
        break;
    case 's':
        if (strcmp(attr, "set_missing_host_key_policy") == 0) {
            const pr_node *policy = pr_call_arg(call, 0, "policy");
            const pr_node *cls = policy && policy->kind == PR_Call ? policy->v.Call.func : policy;
            char pbuf[256];
            const char *pq = cls ? pr_resolve_qualified(&s->r, cls, pbuf, sizeof pbuf) : NULL;
            if (pq && strncmp(pq, "paramiko.", 9) == 0 &&
                (pr_name_matches(pq, "AutoAddPolicy") || pr_name_matches(pq, "WarningPolicy")))
                report_call(s, PR_RULE_S507, policy);
        }
        break;
    default:
        break;
    }
}

static bool int_is(const pr_node *e, const char *digits)
{
    return e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_INT &&
           strcmp(e->v.Constant.value->text, digits) == 0;
}

static void special_call_check(pr_sec *s, special what, const char *q, const pr_node *call, const pr_node *func)
{
    const pr_node *callee = call->v.Call.func;
    switch (what) {
    case SP_EVAL:
        tainted_first(s, call, func, "evaluated code", PR_HIGH);
        break;
    case SP_EXEC:
        report_call(s, PR_RULE_S102, callee);
        tainted_first(s, call, func, "evaluated code", PR_HIGH);
        break;
    case SP_DESERIALIZE:
        tainted_first(s, call, func, "deserialized data", PR_MEDIUM);
        break;
    case SP_CHMOD:
        chmod_mask(s, call);
        break;
    case SP_HASHLIB:
        weak_hash(s, q, call);
        break;
    case SP_YAML:
        yaml_load(s, call);
        tainted_first(s, call, func, "deserialized data", PR_MEDIUM);
        break;
    case SP_JINJA2:
        jinja2(s, call);
        break;
    case SP_MAKO:
        report_call(s, PR_RULE_S702, callee);
        break;
    case SP_LISTEN:
        if (!pr_call_keyword(call, "verify"))
            report_call(s, PR_RULE_S612, callee);
        break;
    case SP_COMMUNITY: {
        const pr_node *k = pr_call_keyword(call, "mpModel");
        if (k && (int_is(k->v.keyword.value, "0") || int_is(k->v.keyword.value, "1")))
            report_call(s, PR_RULE_S508, callee);
        break;
    }
    case SP_USM:
        if (PR_SEQ_LEN(call->v.Call.args) + PR_SEQ_LEN(call->v.Call.keywords) < 3)
            report_call(s, PR_RULE_S509, callee);
        break;
    case SP_RAWSQL: {
        const pr_node *sql = pr_call_arg(call, 0, "sql");
        if (sql && !pr_is_str(sql))
            report_call(s, PR_RULE_S611, callee);
        break;
    }
    case SP_MARKUP: {
        const pr_node *arg = pr_call_arg(call, 0, NULL);
        if (arg && !pr_is_str(arg))
            report_call(s, PR_RULE_S704, call, q);
        break;
    }
    case SP_SSL:
        ssl_call(s, q, call);
        break;
    case SP_KEY:
        key_size(s, q, call);
        break;
    case SP_HTTP:
        http_call(s, q, call);
        break;
    }
}

void pr_sec_call_names(void)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        pr_sec_callee_add(table[i].name)->blacklisted = (uint8_t)(i + 1);
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++)
        pr_sec_callee_add(specials[i].name)->special = (uint8_t)(specials[i].what + 1);
    /* http_call's: every call it checks, spelt out */
    static char names[sizeof http_verbs / sizeof *http_verbs + sizeof httpx_calls / sizeof *httpx_calls][32];
    size_t n = 0;
    for (const char *const *v = http_verbs; *v; v++)
        snprintf(names[n++], sizeof names[0], "requests.%s", *v);
    for (const char *const *v = httpx_calls; *v; v++)
        snprintf(names[n++], sizeof names[0], "httpx.%s", *v);
    for (size_t i = 0; i < n; i++)
        pr_sec_callee_add(names[i])->special = SP_HTTP + 1;
}

void pr_sec_call(pr_sec *s, const pr_node *call, const pr_node *func, const char *q, const pr_sec_callee *c)
{
    const pr_node *callee = call->v.Call.func;
    if (callee->kind == PR_Attribute)
        method_call(s, call, callee, func);
    if (!q)
        return;
    const suspicious *e = of_module(q);
    if (!e && c && c->blacklisted)
        e = &table[c->blacklisted - 1];
    if (e && !exempt(s, e, q, call))
        report_call(s, e->rule, call);
    if (c && c->special)
        special_call_check(s, (special)(c->special - 1), q, call, func);
}
