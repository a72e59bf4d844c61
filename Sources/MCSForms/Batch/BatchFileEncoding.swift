import Foundation

/// A batch file as the batch reads it: UTF-8 without a byte order mark. A UTF-8 file that starts with one
/// (as Excel's 「CSV UTF-8」 does) loses it; a file that is not UTF-8 but reads as Shift_JIS (CP932, as
/// Excel saves 「CSV（コンマ区切り）」) is converted; any other is kept as it is, so that the reader
/// refuses it with its own message.
public enum BatchFileEncoding {
    public static func utf8(_ data: Data) -> Data {
        if data.starts(with: byteOrderMark) { return data.dropFirst(byteOrderMark.count) }
        guard String(data: data, encoding: .utf8) == nil, let text = String(data: data, encoding: .shiftJIS) else { return data }
        return Data(text.utf8)
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
