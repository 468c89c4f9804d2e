/* The fuzz harnesses: this file is built once per stage of the pipeline (PR_FUZZ_STAGE),
** each build taking every input as the bytes of one Python file.  The lexer, parser and
** check harnesses call the front end directly and free each input's arena, so that
** libFuzzer's leak check sees what a file leaves behind.  The dump harness goes through
** pr_cli_dump on an in-memory file, and the review harness runs the whole command (its
** main, renamed) on the input as standard input with every rule selected, so that they
** run what `pyreview --dump-ast` and `pyreview` run: the dumper's depth bound, every pass,
** the suppressions, and each output format in turn.  libFuzzer calls
** LLVMFuzzerTestOneInput; AFL++ builds use the same entry point through its driver. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli/cli.h"
#include "grammar/parse.h"
#include "passes/passes.h"

#define STAGE_LEX 1
#define STAGE_PARSE 2
#define STAGE_CHECK 3
#define STAGE_DUMP 4
#define STAGE_REVIEW 5

#ifndef PR_FUZZ_STAGE
#error "PR_FUZZ_STAGE must name the stage this harness runs (1 to 5)"
#endif

#if PR_FUZZ_STAGE == STAGE_REVIEW
#define main pyreview_main
#include "cli/main.c"
#undef main
#endif

#if PR_FUZZ_STAGE >= STAGE_DUMP
/* The in-memory file that holds each input: the dump reads it by a path that names it,
** the review as its standard input. */
static int input_fd = -1;
static char input_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    input_fd = memfd_create("input.py", 0);
    int null_fd = open("/dev/null", O_WRONLY);
    if (input_fd < 0 || null_fd < 0 || dup2(null_fd, STDOUT_FILENO) < 0 ||
        (PR_FUZZ_STAGE == STAGE_REVIEW && dup2(input_fd, STDIN_FILENO) < 0)) {
        perror("fuzz: setting up the input file");
        abort();
    }
    close(null_fd);
    snprintf(input_path, sizeof input_path, "/proc/self/fd/%d", input_fd);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (ftruncate(input_fd, 0) != 0 || pwrite(input_fd, data, size, 0) != (ssize_t)size ||
        lseek(input_fd, 0, SEEK_SET) != 0)
        abort();
#if PR_FUZZ_STAGE == STAGE_DUMP
    pr_cli_dump(input_path, false);
#else
    /* the input's size picks the output, so that every format meets every kind of input */
    static char *const outputs[] = {
        "--output-format=concise", "--output-format=full", "--output-format=review",
        "--output-format=json", "--output-format=json-lines", "--output-format=sarif",
        "--output-format=github", "--output-format=junit", "--statistics",
    };
    char *output = outputs[size % (sizeof outputs / sizeof outputs[0])];
    char *argv[] = {"pyreview", "--isolated", "--select=ALL", output, "--stdin-filename=input.py", "-",
                    NULL};
    pyreview_main(6, argv);
#endif
    return 0;
}

#else

static void stages(pr_arena *a, const uint8_t *data, size_t size)
{
    pr_syntax_error err;
    pr_source src;
    if (!pr_source_prepare(a, (const char *)data, size, &src, &err))
        return;
#if PR_FUZZ_STAGE == STAGE_LEX
    pr_lexer lx;
    pr_token t;
    pr_lex_init(&lx, a, &src, &err);
    while (pr_lex_next(&lx, &t) > 0)
        continue;
#else
    pr_parsed parsed;
    if (!pr_parse_file(a, &src, &parsed, &err))
        return;
#if PR_FUZZ_STAGE == STAGE_CHECK
    pr_syntax_check(a, &parsed, &src, &err);
#endif
#endif
}

/* Runs the stages with the arena's out-of-memory exit armed, as the command does.  The
** arena belongs to the caller, so its contents are well defined after a longjmp. */
static void run(pr_arena *a, const uint8_t *data, size_t size)
{
    jmp_buf oom;
    a->oom = &oom;
    if (!setjmp(oom))
        stages(a, data, size);
    a->oom = NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pr_arena a;
    pr_arena_init(&a);
    run(&a, data, size);
    pr_arena_free(&a);
    return 0;
}

#endif
