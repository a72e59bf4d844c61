import Foundation

/// A batch file as the batch reads it: UTF-8. A file that is not UTF-8 but reads as Shift_JIS (CP932,
/// as Excel saves "CSV (コンマ区切り)") is converted; any other is kept as it is, so that the reader
/// refuses it with its own message.
public enum BatchFileEncoding {
    public static func utf8(_ data: Data) -> Data {
        guard String(data: data, encoding: .utf8) == nil, let text = String(data: data, encoding: .shiftJIS) else { return data }
        return Data(text.utf8)
    }
}
