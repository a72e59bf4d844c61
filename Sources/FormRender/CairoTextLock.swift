import Foundation

/// Keeps cairo's text drawing to one thread at a time in the process.
///
/// cairo 1.16 keeps one cache of scaled glyphs for the whole process (512 pages of 32 glyphs, shared by
/// every face and size), and takes its locks in two orders: a thread that thaws a font's glyph cache
/// holds that font's lock and then the cache's, and when the cache is over full it evicts a page of
/// another font, taking that font's lock too; a thread drawing with the other font holds that font's
/// lock and waits for the cache's. Once a process has drawn enough faces and sizes to fill the cache,
/// two drawings side by side can deadlock: a PNG page beside a PDF hung the test suite, and three PDFs
/// of a long run of small batches (each with new font subsets, so new faces) hung the leak fuzzer, all
/// threads waiting inside `cairo_show_text_glyphs` (gdb; cairo's `_cairo_scaled_font_thaw_cache` and
/// `_cairo_scaled_glyph_page_pluck`). Every drawing of glyphs therefore holds this lock, and so does
/// every release that may finalize a scaled font (`RendererFont`). Finishing a PDF surface (the font
/// subsets and compression: most of a notice's time) needs neither, and runs beside other drawing, as
/// long as each scaled font it releases is still held elsewhere: when the subsets' own outline font was
/// not held, its last release in a finish waited for cairo's font-map lock and hung the suite too.
enum CairoTextLock {
    private static let lock = NSLock()

    /// Runs `body` (PDF or PNG drawing) with no other drawing in the process.
    static func exclusive<Result, Failure>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
