import Foundation

/// Who is signed in to the desk, and who failed to: sessions by their cookie's token, kept in memory only
/// (a desk that stops signs everyone out), and the failed sign-ins of each name and each address, so that
/// guessing is slowed down.
actor Sessions {
    /// How long a session lasts without use: a working day.
    static let lifetime: TimeInterval = 8 * 3600
    /// After this many failures in `failureWindow`, a name must wait `lockout`; and every name, after
    /// `allowedFailuresOfAll` failures of any names (guessing spread over many names).
    static let allowedFailures = 5
    static let allowedFailuresOfAll = 30
    static let failureWindow: TimeInterval = 15 * 60
    static let lockout: TimeInterval = 5 * 60

    private var sessions: [String: (name: String, lastUse: Date)] = [:]
    private var failures: [String: [Date]] = [:]

    /// A new session for `name`: its token (256 random bits, hex).
    func open(for name: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(format: "%016llx", UInt64.random(in: .min ... .max, using: &generator)) }.joined()
        sessions[token] = (name, Date())
        return token
    }

    /// The name signed in with `token`, when its session is still open (its use renews it).
    func name(for token: String) -> String? {
        guard let session = sessions[token] else { return nil }
        guard Date().timeIntervalSince(session.lastUse) < Self.lifetime else {
            sessions[token] = nil
            return nil
        }
        sessions[token] = (session.name, Date())
        return session.name
    }

    func close(_ token: String) {
        sessions[token] = nil
    }

    /// Whether `name` may try to sign in now: false while it, or all names together, failed too often lately.
    func mayTry(_ name: String) -> Bool {
        mayTry(key: "name:" + name, allowed: Self.allowedFailures) && mayTry(key: Self.all, allowed: Self.allowedFailuresOfAll)
    }

    func failed(_ name: String) {
        failures["name:" + name, default: []].append(Date())
        failures[Self.all, default: []].append(Date())
    }

    func succeeded(_ name: String) {
        failures["name:" + name] = nil
    }

    private static let all = "all"

    private func mayTry(key: String, allowed: Int) -> Bool {
        let now = Date()
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.failureWindow }
        failures[key] = recent
        guard recent.count >= allowed, let last = recent.last else { return true }
        return now.timeIntervalSince(last) >= Self.lockout
    }
}
