#ifndef MCS_CAIRO_DEFLATE_H
#define MCS_CAIRO_DEFLATE_H

#include <stddef.h>

/// The most bytes `mcs_deflate_compress` writes for `count` bytes of input.
size_t mcs_deflate_bound(size_t count);

/// `count` bytes compressed into zlib's format (a PDF's /FlateDecode) by libdeflate at the project's
/// level; the number of bytes written, or 0 when `capacity` is too small. A stream equal to one of the
/// last few compressed is given their output again (the same bytes).
size_t mcs_deflate_compress(const void *input, size_t count, void *output, size_t capacity);

/// How many streams this process has been given the kept output of an equal stream for.
unsigned long mcs_deflate_repeats_served(void);

/// How many of cairo's streams this process has compressed through libdeflate.
unsigned long mcs_cairo_deflated_streams(void);

#endif
