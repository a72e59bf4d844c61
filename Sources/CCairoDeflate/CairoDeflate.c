// cairo's streams compressed by libdeflate in one call, in place of zlib's streaming deflate.
//
// cairo 1.16 compresses each PDF stream (above all the embedded font subsets) through zlib:
// deflateInit_ at the default level, deflate in 16 KB steps, deflateEnd, with no setting of its own.
// These three functions take zlib's place for the streams opened with deflateInit_, which in this
// process only cairo calls (zlib's other users, libpng and our own code, open theirs otherwise):
// a stream's input is kept until cairo finishes it, then compressed in one call by libdeflate,
// which compresses faster than zlib and smaller (docs/performance.md has the measurements). The
// output is zlib's format, so nothing reads it differently, and the same input gives the same bytes.
// Every other stream goes to zlib itself, found after this program in the link order.
#define _GNU_SOURCE
#include "CairoDeflate.h"

#include <dlfcn.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

// libdeflate's level 6 (of 12), zlib's default level too: measured on 1,000 notices (make bench), a
// batch's CPU per notice fell by 28 % against zlib's, and its PDFs are 0.4 % smaller; level 9 saves
// 0.4 % more bytes for four times the compressing time.
#define MCS_DEFLATE_LEVEL 6

static _Atomic unsigned long cairoStreams;
static pthread_key_t compressorKey;
static pthread_once_t compressorOnce = PTHREAD_ONCE_INIT;

static void freeCompressor(void *compressor) { libdeflate_free_compressor(compressor); }
static void makeCompressorKey(void) { pthread_key_create(&compressorKey, freeCompressor); }

// One compressor per thread, kept: allocating one costs about as much as compressing a small stream.
static struct libdeflate_compressor *compressor(void) {
    pthread_once(&compressorOnce, makeCompressorKey);
    struct libdeflate_compressor *kept = pthread_getspecific(compressorKey);
    if (kept == NULL) {
        kept = libdeflate_alloc_compressor(MCS_DEFLATE_LEVEL);
        if (kept != NULL) pthread_setspecific(compressorKey, kept);
    }
    return kept;
}

size_t mcs_deflate_bound(size_t count) { return libdeflate_zlib_compress_bound(NULL, count); }

size_t mcs_deflate_compress(const void *input, size_t count, void *output, size_t capacity) {
    struct libdeflate_compressor *kept = compressor();
    return kept == NULL ? 0 : libdeflate_zlib_compress(kept, input, count, output, capacity);
}

unsigned long mcs_cairo_deflated_streams(void) { return atomic_load(&cairoStreams); }

/// A stream of cairo's: its input so far, then its compressed bytes and how many were handed out.
struct KeptStream {
    unsigned char *input;
    size_t count, capacity;
    unsigned char *output;
    size_t outputCount, sent;
};

// Marks a stream as one of these (zlib's own streams have zlib's or their caller's allocator).
static voidpf keptStreamMark(voidpf opaque, uInt items, uInt size) { (void)opaque; (void)items; (void)size; return Z_NULL; }

static int isKept(z_streamp stream) { return stream != NULL && stream->zalloc == keptStreamMark && stream->state != NULL; }

typedef int (*DeflateFunction)(z_streamp, int);
typedef int (*DeflateEndFunction)(z_streamp);

// zlib's own deflate and deflateEnd, for the streams that are not cairo's.
static DeflateFunction zlibDeflate;
static DeflateEndFunction zlibDeflateEnd;
static pthread_once_t zlibOnce = PTHREAD_ONCE_INIT;

static void findZlib(void) {
    zlibDeflate = (DeflateFunction)dlsym(RTLD_NEXT, "deflate");
    zlibDeflateEnd = (DeflateEndFunction)dlsym(RTLD_NEXT, "deflateEnd");
}

int deflateInit_(z_streamp stream, int level, const char *version, int streamSize) {
    (void)level;
    if (stream == NULL || version == NULL || streamSize != (int)sizeof(z_stream)) return Z_STREAM_ERROR;
    struct KeptStream *kept = calloc(1, sizeof *kept);
    if (kept == NULL) return Z_MEM_ERROR;
    stream->zalloc = keptStreamMark;
    stream->state = (struct internal_state *)kept;
    stream->total_in = stream->total_out = 0;
    stream->msg = Z_NULL;
    stream->adler = 1;
    return Z_OK;
}

int deflate(z_streamp stream, int flush) {
    if (!isKept(stream)) {
        pthread_once(&zlibOnce, findZlib);
        return zlibDeflate == NULL ? Z_STREAM_ERROR : zlibDeflate(stream, flush);
    }
    struct KeptStream *kept = (struct KeptStream *)stream->state;
    if (kept->output == NULL && stream->avail_in > 0) {
        size_t needed = kept->count + stream->avail_in;
        if (needed > kept->capacity) {
            size_t capacity = kept->capacity < 65536 ? 65536 : kept->capacity;
            while (capacity < needed) capacity *= 2;
            unsigned char *grown = realloc(kept->input, capacity);
            if (grown == NULL) return Z_MEM_ERROR;
            kept->input = grown;
            kept->capacity = capacity;
        }
        memcpy(kept->input + kept->count, stream->next_in, stream->avail_in);
        kept->count = needed;
        stream->total_in += stream->avail_in;
        stream->next_in += stream->avail_in;
        stream->avail_in = 0;
    }
    if (flush == Z_NO_FLUSH) return Z_OK;
    if (flush != Z_FINISH) return Z_STREAM_ERROR;  // cairo asks for nothing else
    if (kept->output == NULL) {
        size_t bound = mcs_deflate_bound(kept->count);
        kept->output = malloc(bound);
        if (kept->output == NULL) return Z_MEM_ERROR;
        kept->outputCount = mcs_deflate_compress(kept->input, kept->count, kept->output, bound);
        if (kept->outputCount == 0) return Z_STREAM_ERROR;
        atomic_fetch_add(&cairoStreams, 1);
    }
    size_t chunk = kept->outputCount - kept->sent;
    if (chunk > stream->avail_out) chunk = stream->avail_out;
    memcpy(stream->next_out, kept->output + kept->sent, chunk);
    kept->sent += chunk;
    stream->next_out += chunk;
    stream->avail_out -= (uInt)chunk;
    stream->total_out += chunk;
    return kept->sent == kept->outputCount ? Z_STREAM_END : Z_OK;
}

int deflateEnd(z_streamp stream) {
    if (!isKept(stream)) {
        pthread_once(&zlibOnce, findZlib);
        return zlibDeflateEnd == NULL ? Z_STREAM_ERROR : zlibDeflateEnd(stream);
    }
    struct KeptStream *kept = (struct KeptStream *)stream->state;
    free(kept->input);
    free(kept->output);
    free(kept);
    stream->state = Z_NULL;
    stream->zalloc = Z_NULL;
    return Z_OK;
}
