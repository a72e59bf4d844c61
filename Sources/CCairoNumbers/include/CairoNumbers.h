#ifndef MCS_CAIRO_NUMBERS_H
#define MCS_CAIRO_NUMBERS_H

#include <stdarg.h>
#include <stddef.h>

/// `format` with its one argument (and its width or precision for `*`) written as glibc's snprintf writes it, by the fast path that
/// cairo's numbers take: the length it would have (snprintf's result), or -1 when `format` is not
/// one that the fast path knows (`%d`, `%u`, `%x`, `%X` with an optional `0` flag, width or `*` and `l`;
/// `%f`, `%.Nf` and `%.*f` up to 18 decimals, of a double of a page's magnitude), so that libc must
/// write it.
int mcs_format_number(char *buffer, size_t size, const char *format, va_list arguments);

/// How many numbers of cairo's the calling thread has written through the fast path.
unsigned long mcs_cairo_formatted_numbers(void);

#endif
