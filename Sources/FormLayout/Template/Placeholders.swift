/// The `{path}` placeholders of template text: `"{date}付けで"` → `["date"]`.
public enum Placeholders {
    /// The paths named in `text`, in order.
    public static func paths(in text: String) -> [String] {
        var paths: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"),
              let close = rest[open...].firstIndex(of: "}") {
            paths.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return paths
    }

    /// `text` with every placeholder replaced by `value(path)`.
    public static func fill(_ text: String, with value: (String) -> String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"),
              let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            result += value(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
