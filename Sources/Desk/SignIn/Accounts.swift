import Core
import Foundation
import HummingbirdBcrypt

/// The people who may sign in to a desk that listens beyond this computer: a file of one line per account,
/// `NAME:BCRYPT-HASH`, readable by its owner only (0600). No password is ever kept in the clear.
struct Accounts: Sendable {
    private(set) var hashes: [String: String] = [:]

    /// The cost of a hash: 2¹² rounds, about a quarter of a second, so that a stolen file is slow to try.
    static let cost: UInt8 = 12

    init() {}

    /// The accounts of `file`; a line that is not `NAME:HASH` or a file others may read is refused.
    init(contentsOf file: URL) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 { throw AccountsProblem.openToOthers(file.path) }
        let text = try String(contentsOf: file, encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, Self.isName(String(parts[0])), parts[1].hasPrefix("$2") else {
                throw AccountsProblem.badLine(file.path, index + 1)
            }
            hashes[String(parts[0])] = String(parts[1])
        }
    }

    /// Whether `password` is the account's; false for an unknown name, after the same work as a known one.
    func verify(_ name: String, password: String) -> Bool {
        guard let hash = hashes[name] else {
            _ = Bcrypt.verify(password, hash: Self.decoy)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    /// Adds the account or replaces its password.
    mutating func set(_ name: String, password: String) {
        hashes[name] = Bcrypt.hash(password, cost: Self.cost)
    }

    /// Writes the accounts to `file` through a temporary file, 0600.
    func write(to file: URL) throws {
        let text = hashes.keys.sorted().map { "\($0):\(hashes[$0]!)\n" }.joined()
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw AccountsProblem.unwritable(file.path, .temporary, String(cString: strerror(errno)))
        }
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AccountsProblem.unwritable(file.path, .replace, reason)
        }
    }

    /// A name of letters, digits and `._-`, 1 to 64 of them.
    static func isName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    /// A password long enough to resist guessing.
    static func isStrongEnough(_ password: String) -> Bool {
        password.count >= minimumLength
    }

    static let minimumLength = 10

    /// A hash no password gives, checked against for an unknown name so that it takes as long as a known one.
    private static let decoy = Bcrypt.hash(UUID().uuidString, cost: cost)
}

/// Why the accounts file cannot be used, worded by `ProblemWording`.
enum AccountsProblem: Error, CustomStringConvertible {
    case openToOthers(String)
    case badLine(String, Int)
    case unwritable(String, Problem.WriteStep, String)

    var description: String {
        switch self {
        case .openToOthers(let path): ProblemWording.message(.accountsOpenToOthers(path))
        case .badLine(let path, let line): ProblemWording.message(.accountsBadLine(path, line: line))
        case .unwritable(let path, let step, let reason): ProblemWording.message(.cannotWrite(file: path, step: step, reason: reason))
        }
    }
}
