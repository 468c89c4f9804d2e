/* A test double for t/hostile.sh, preloaded into pyreview: it removes any file whose name
** ends in "vanishing.py" just before pyreview opens it, so that a file deleted between
** the directory listing and the reading happens at the same point on every run. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

static void remove_if_vanishing(const char *path)
{
    static const char suffix[] = "vanishing.py";
    size_t n = strlen(path), k = sizeof suffix - 1;
    if (n >= k && strcmp(path + n - k, suffix) == 0)
        unlink(path);
}

/* open and open64 are one function on 64-bit glibc, but a program may call either. */
#define OPEN_WRAPPER(name)                                              \
    int name(const char *path, int flags, ...)                          \
    {                                                                   \
        static int (*real)(const char *, int, ...);                     \
        int mode = 0;                                                   \
        if (flags & O_CREAT) {                                          \
            va_list ap;                                                 \
            va_start(ap, flags);                                        \
            mode = va_arg(ap, int);                                     \
            va_end(ap);                                                 \
        }                                                               \
        if (!real)                                                      \
            real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, #name); \
        remove_if_vanishing(path);                                      \
        return real(path, flags, mode);                                 \
    }

OPEN_WRAPPER(open)
OPEN_WRAPPER(open64)
