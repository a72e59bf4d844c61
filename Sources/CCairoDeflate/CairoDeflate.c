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

// Streams that come again. Every notice of a batch carries some streams whose bytes are the same in
// each: a subset of a face that prints only the template's words (the Gothic of the headings), the map
// of its characters. The last few streams compressed are kept with their output, and a stream equal
// to one of them, byte for byte, is given that output instead of being compressed again: the same
// bytes as compressing it, as libdeflate is deterministic. Streams are told apart by their length
// first, then by comparing their bytes, so no hash is computed. At most `REPEAT_ENTRIES` streams of
// at most `REPEAT_LARGEST` bytes each are kept; the least recently used one gives way.
#define REPEAT_ENTRIES 16
#define REPEAT_SMALLEST 256
#define REPEAT_LARGEST (256 * 1024)

struct RepeatedStream {
    unsigned char *input, *output;
    size_t count, outputCount;
    unsigned long lastUse;
};

static struct RepeatedStream repeats[REPEAT_ENTRIES];
static unsigned long repeatClock, repeatsServed;
static pthread_mutex_t repeatLock = PTHREAD_MUTEX_INITIALIZER;

static int isRepeatable(size_t count) { return count >= REPEAT_SMALLEST && count <= REPEAT_LARGEST; }

/// The kept output of a stream equal to `input`, copied into `output`: its length, or 0.
static size_t repeatedOutput(const void *input, size_t count, void *output, size_t capacity) {
    size_t found = 0;
    pthread_mutex_lock(&repeatLock);
    for (int index = 0; index < REPEAT_ENTRIES && found == 0; index++) {
        struct RepeatedStream *entry = &repeats[index];
        if (entry->input == NULL || entry->count != count || entry->outputCount > capacity) continue;
        if (memcmp(entry->input, input, count) != 0) continue;
        memcpy(output, entry->output, entry->outputCount);
        entry->lastUse = ++repeatClock;
        repeatsServed++;
        found = entry->outputCount;
    }
    pthread_mutex_unlock(&repeatLock);
    return found;
}

/// Keeps `input` and its compressed `output` in place of the least recently used stream.
static void keepStream(const void *input, size_t count, const void *output, size_t outputCount) {
    unsigned char *inputCopy = malloc(count), *outputCopy = malloc(outputCount);
    if (inputCopy == NULL || outputCopy == NULL) {
        free(inputCopy);
        free(outputCopy);
        return;
    }
    memcpy(inputCopy, input, count);
    memcpy(outputCopy, output, outputCount);
    pthread_mutex_lock(&repeatLock);
    struct RepeatedStream *oldest = &repeats[0];
    for (int index = 1; index < REPEAT_ENTRIES; index++) {
        if (repeats[index].lastUse < oldest->lastUse) oldest = &repeats[index];
    }
    unsigned char *freedInput = oldest->input, *freedOutput = oldest->output;
    *oldest = (struct RepeatedStream){ inputCopy, outputCopy, count, outputCount, ++repeatClock };
    pthread_mutex_unlock(&repeatLock);
    free(freedInput);
    free(freedOutput);
}

unsigned long mcs_deflate_repeats_served(void) {
    pthread_mutex_lock(&repeatLock);
    unsigned long served = repeatsServed;
    pthread_mutex_unlock(&repeatLock);
    return served;
}

size_t mcs_deflate_compress(const void *input, size_t count, void *output, size_t capacity) {
    int repeatable = isRepeatable(count);
    if (repeatable) {
        size_t repeated = repeatedOutput(input, count, output, capacity);
        if (repeated > 0) return repeated;
    }
    struct libdeflate_compressor *kept = compressor();
    size_t written = kept == NULL ? 0 : libdeflate_zlib_compress(kept, input, count, output, capacity);
    if (repeatable && written > 0) keepStream(input, count, output, written);
    return written;
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
