import CCairo
import CHarfBuzz

/// The versions of the C libraries the forms are drawn with, as they report them at run time.
enum LibraryVersions {
    /// `cairo_version_string()`, e.g. `1.16.0`.
    static var cairo: String { String(cString: cairo_version_string()) }
    /// `hb_version_string()`, e.g. `6.0.0`.
    static var harfBuzz: String { String(cString: hb_version_string()) }
}
