import Foundation

/// Keeps PNG drawing apart from all other drawing in the process.
///
/// cairo 1.16 keeps one cache of scaled glyphs for the whole process, guarded by locks that an image
/// surface takes in one order and a glyph evicted from the cache takes in another. A PNG page drawn
/// while another thread drew a PDF deadlocked the test suite (both threads waiting inside
/// `cairo_show_text_glyphs`). PDF surfaces never give glyphs image data, so PDFs may be drawn side by
/// side (a batch's workers do); a PNG page is drawn alone.
enum CairoTextLock {
    private nonisolated(unsafe) static let lock: UnsafeMutablePointer<pthread_rwlock_t> = {
        let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
        return lock
    }()

    /// Runs `body` (PDF drawing) alongside other PDF drawing, never alongside PNG drawing.
    static func shared<Result, Failure>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Runs `body` (PNG drawing) with no other drawing in the process.
    static func exclusive<Result, Failure>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}
