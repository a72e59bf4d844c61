// cairo's numbers written without glibc's printf machinery.
//
// cairo 1.16 writes every number of a PDF (each glyph id, coordinate, width and cross-reference)
// through its own printf, which hands each single number to snprintf: `%d`, `%0*x` or `%f`. In a batch
// that is some 2,500 calls per notice and a twelfth of its instructions (callgrind), most of them
// glibc's general format parser and its arbitrary-precision `%f`. This program defines
// `__snprintf_chk`, the entry point cairo's fortified calls reach: a call from inside libcairo with
// one of those formats is written here, exactly as glibc writes it (the tests compare the two on
// 300,000 numbers, ties included, and every golden PDF is byte-identical); every other call,
// from cairo or anyone else, goes to glibc's `__vsnprintf_chk` unchanged. docs/performance.md has
// the measurements.
#define _GNU_SOURCE
#include "CairoNumbers.h"

#include <link.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

int __vsnprintf_chk(char *buffer, size_t size, int flag, size_t bufferLength, const char *format, va_list arguments);

static _Thread_local unsigned long formattedNumbers;

unsigned long mcs_cairo_formatted_numbers(void) { return formattedNumbers; }

// The addresses of libcairo's code, found once: only its calls take the fast path.
static uintptr_t cairoStart, cairoEnd;
static pthread_once_t cairoOnce = PTHREAD_ONCE_INIT;

static int findCairoCode(struct dl_phdr_info *info, size_t infoSize, void *unused) {
    (void)infoSize; (void)unused;
    if (info->dlpi_name == NULL || strstr(info->dlpi_name, "/libcairo.so") == NULL) return 0;
    for (int index = 0; index < info->dlpi_phnum; index++) {
        const ElfW(Phdr) *header = &info->dlpi_phdr[index];
        if (header->p_type != PT_LOAD || (header->p_flags & PF_X) == 0) continue;
        cairoStart = info->dlpi_addr + header->p_vaddr;
        cairoEnd = cairoStart + header->p_memsz;
        return 1;
    }
    return 0;
}

static void findCairo(void) { dl_iterate_phdr(findCairoCode, NULL); }

static int calledFromCairo(const void *returnAddress) {
    pthread_once(&cairoOnce, findCairo);
    uintptr_t address = (uintptr_t)returnAddress;
    return address >= cairoStart && address < cairoEnd;
}

/// A number's conversion: `%[0][width][l]{d,u,x,X}` (the width a number or `*`), or `%f` with an
/// optional precision (`.N`, `.*`).
struct Conversion {
    char kind;
    int zeroPadded, width, widthArgument, isLong, precision, precisionArgument;
};

static int parseConversion(const char *format, struct Conversion *conversion) {
    if (format[0] != '%') return 0;
    const char *cursor = format + 1;
    conversion->zeroPadded = *cursor == '0';
    if (conversion->zeroPadded) cursor++;
    conversion->width = 0;
    conversion->widthArgument = *cursor == '*';
    if (conversion->widthArgument) cursor++;
    while (*cursor >= '0' && *cursor <= '9' && conversion->width < 100) conversion->width = conversion->width * 10 + (*cursor++ - '0');
    if (conversion->widthArgument && conversion->width > 0) return 0;
    conversion->precision = 6;
    conversion->precisionArgument = 0;
    int hasPrecision = *cursor == '.';
    if (hasPrecision) {
        cursor++;
        if (*cursor == '*') {
            conversion->precisionArgument = 1;
            cursor++;
        } else {
            conversion->precision = 0;
            while (*cursor >= '0' && *cursor <= '9' && conversion->precision < 100) conversion->precision = conversion->precision * 10 + (*cursor++ - '0');
        }
    }
    conversion->isLong = *cursor == 'l';
    if (conversion->isLong) cursor++;
    conversion->kind = *cursor;
    if (cursor[0] == '\0' || cursor[1] != '\0') return 0;
    switch (conversion->kind) {
    case 'd': case 'u': case 'x': case 'X': return !hasPrecision && conversion->width < 40;
    case 'f': return !conversion->zeroPadded && conversion->width == 0 && !conversion->widthArgument && !conversion->isLong
                     && conversion->precision <= 18;
    default: return 0;
    }
}

/// `value`'s decimal digits, written backwards from `end`; returns where they start. (A divisor the
/// compiler knows is a multiplication; a divisor in a variable is a division, several times slower.)
static char *decimalBackwards(char *end, uint64_t value) {
    do {
        *--end = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    return end;
}

/// `value`'s hexadecimal digits, written backwards from `end`; returns where they start.
static char *hexadecimalBackwards(char *end, uint64_t value, const char *alphabet) {
    do {
        *--end = alphabet[value & 15];
        value >>= 4;
    } while (value != 0);
    return end;
}

/// An integer as `%d`, `%u`, `%x` or `%X` write it, padded to the conversion's width.
static int writeInteger(char *text, const struct Conversion *conversion, long value) {
    char digits[48], *end = digits + sizeof digits;
    int negative = conversion->kind == 'd' && value < 0;
    unsigned long magnitude;
    if (conversion->kind == 'd') magnitude = negative ? 0UL - (unsigned long)value : (unsigned long)value;
    else magnitude = conversion->isLong ? (unsigned long)value : (unsigned int)value;
    char *start = conversion->kind == 'x' || conversion->kind == 'X'
        ? hexadecimalBackwards(end, magnitude, conversion->kind == 'X' ? "0123456789ABCDEF" : "0123456789abcdef")
        : decimalBackwards(end, magnitude);
    int count = (int)(end - start), length = count + negative, padding = conversion->width > length ? conversion->width - length : 0;
    char *out = text;
    if (!conversion->zeroPadded) { memset(out, ' ', padding); out += padding; }
    if (negative) *out++ = '-';
    if (conversion->zeroPadded) { memset(out, '0', padding); out += padding; }
    memcpy(out, start, count);
    out += count;
    return (int)(out - text);
}

/// A double as `%.Nf` writes it (N ≤ 18 decimals, the exact binary value rounded half to even, as
/// glibc rounds in the default rounding mode), or -1 for a value outside a page's magnitudes.
static int writeFixed(char *text, double value, int precision) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63), biased = (int)((bits >> 52) & 0x7FF);
    static const uint64_t powersOfTen[19] = {
        1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000, 100000000000,
        1000000000000, 10000000000000, 100000000000000, 1000000000000000, 10000000000000000, 100000000000000000,
        1000000000000000000,
    };
    uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1), unit = powersOfTen[precision];
    unsigned __int128 scaledValue;  // value × 10^precision, rounded
    if (biased == 0 && fraction == 0) {
        scaledValue = 0;
    } else {
        if (biased == 0 || biased == 0x7FF) return -1;  // subnormal, infinite or not a number
        int exponent = biased - 1075;  // value = significand × 2^exponent, significand < 2^53
        if (exponent > 10 || exponent < -120) return -1;
        unsigned __int128 scaled = (unsigned __int128)(fraction | (UINT64_C(1) << 52)) * unit;  // < 2^113
        if (exponent >= 0) {
            scaledValue = scaled << exponent;
        } else {
            int shift = -exponent;
            scaledValue = scaled >> shift;
            unsigned __int128 remainder = scaled & ((((unsigned __int128)1) << shift) - 1), half = ((unsigned __int128)1) << (shift - 1);
            if (remainder > half || (remainder == half && (scaledValue & 1))) scaledValue += 1;
        }
    }
    if (scaledValue > UINT64_MAX) return -1;  // written in 64 bits, which a page's numbers never exceed
    char digits[80], *end = digits + sizeof digits, *start = end;
    if (precision > 0) {
        start = decimalBackwards(end, (uint64_t)scaledValue % unit + unit) + 1;  // the decimals, with their zeros
        *--start = '.';
    }
    start = decimalBackwards(start, (uint64_t)scaledValue / unit);
    char *out = text;
    if (negative) *out++ = '-';
    memcpy(out, start, (size_t)(end - start));
    out += end - start;
    return (int)(out - text);
}

/// The fast path: the length written into `text` (at least 64 bytes), or -1.
static int formatNumber(char *text, const char *format, va_list arguments) {
    struct Conversion conversion;
    if (!parseConversion(format, &conversion)) return -1;
    if (conversion.kind == 'f') {
        int precision = conversion.precisionArgument ? va_arg(arguments, int) : conversion.precision;
        if (precision < 0 || precision > 18) return -1;
        return writeFixed(text, va_arg(arguments, double), precision);
    }
    if (conversion.widthArgument) {
        conversion.width = va_arg(arguments, int);
        if (conversion.width < 0 || conversion.width >= 40) return -1;  // a negative width aligns left: libc's
    }
    long value = conversion.isLong ? va_arg(arguments, long) : (conversion.kind == 'd' ? va_arg(arguments, int) : (long)va_arg(arguments, unsigned int));
    return writeInteger(text, &conversion, value);
}

/// `text` copied into `buffer` as snprintf would (cut to `size`, ended by NUL); its whole length.
static int copyOut(char *buffer, size_t size, const char *text, int length) {
    if (size > 0) {
        size_t copied = (size_t)length < size - 1 ? (size_t)length : size - 1;
        memcpy(buffer, text, copied);
        buffer[copied] = '\0';
    }
    return length;
}

int mcs_format_number(char *buffer, size_t size, const char *format, va_list arguments) {
    char text[64];
    va_list copy;
    va_copy(copy, arguments);
    int length = formatNumber(text, format, copy);
    va_end(copy);
    return length < 0 ? -1 : copyOut(buffer, size, text, length);
}

int __snprintf_chk(char *buffer, size_t size, int flag, size_t bufferLength, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int length = size <= bufferLength && calledFromCairo(__builtin_return_address(0))
        ? mcs_format_number(buffer, size, format, arguments) : -1;
    if (length >= 0) formattedNumbers++;
    else length = __vsnprintf_chk(buffer, size, flag, bufferLength, format, arguments);
    va_end(arguments);
    return length;
}
