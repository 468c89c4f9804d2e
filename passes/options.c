/* The rules' options when nothing is configured: ruff's, pylint's and pep8-naming's
** defaults where pyreview reuses their rules (RULES.md §2), and the shipped command
** wrapper of RULES.md §2.7.  The command stage starts every configuration from these. */
#include "passes/options.h"

#include <stddef.h>

/* pep8-naming's default ignore-names: names that unittest and friends impose. */
static const char *const ignore_names[] = {
    "setUp", "tearDown", "setUpClass", "tearDownClass", "setUpModule", "tearDownModule",
    "asyncSetUp", "asyncTearDown", "setUpTestData", "failureException", "longMessage", "maxDiff",
};

static const char *const privilege_kw[] = {"run_as_root"};

/* OpenStack's: a name without its package matches any package's (utils.execute is
** nova's, cinder's, neutron's ...), as the call is written after `from nova import utils`. */
static const pr_command_wrapper wrappers[] = {
    {"oslo_concurrency.processutils.execute", PR_WRAPPER_SUBPROCESS, PR_ARGV_VARARGS, "shell",
     {privilege_kw, 1}},
    {"nova.utils.execute", PR_WRAPPER_SUBPROCESS, PR_ARGV_VARARGS, "shell", {privilege_kw, 1}},
    {"processutils.execute", PR_WRAPPER_SUBPROCESS, PR_ARGV_VARARGS, "shell", {privilege_kw, 1}},
    {"utils.execute", PR_WRAPPER_SUBPROCESS, PR_ARGV_VARARGS, "shell", {privilege_kw, 1}},
    {"trycmd", PR_WRAPPER_SUBPROCESS, PR_ARGV_VARARGS, "shell", {privilege_kw, 1}},
};

/* bandit's tmp_dirs, ruff's hardcoded-tmp-directory. */
static const char *const tmp_directories[] = {"/tmp", "/var/tmp", "/dev/shm"};

const pr_options pr_options_defaults = {
    .target_minor = 10,
    .max_complexity = 10,
    .complexity_model = PR_COMPLEXITY_RUFF,
    .max_branches = 12,
    .max_returns = 6,
    .max_args = 5,
    .max_positional_args = 5,
    .max_statements = 50,
    .max_locals = 15,
    .max_nested_blocks = 5,
    .max_bool_expr = 5,
    .naming_ignore_names = {ignore_names, sizeof ignore_names / sizeof ignore_names[0]},
    .convention = PR_CONVENTION_NONE,
    /* ruff's dummy-variable-rgx as a POSIX extended expression: its lazy `+?` does not
    ** change what a whole-name match accepts */
    .dummy_variable_rgx = "^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+))$",
    .dummy_variable_re = NULL,
    .generic_raise_functions = 3,
    .tmp_directories = {tmp_directories, sizeof tmp_directories / sizeof tmp_directories[0]},
    .command_wrappers = wrappers,
    .ncommand_wrappers = sizeof wrappers / sizeof wrappers[0],
};
