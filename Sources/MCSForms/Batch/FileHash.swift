import Crypto
import Foundation

/// The hash a batch manifest records for each PDF, and `--resume` checks: SHA-256, in lowercase hex.
enum FileHash {
    private static let digits = Array("0123456789abcdef".utf8)

    static func sha256(of data: Data) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
