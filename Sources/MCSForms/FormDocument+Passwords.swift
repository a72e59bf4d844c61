import Core
import FormInput
import FormModels

extension FormDocument {
    /// Whether the printed form shows initial passwords (an approved notice with users).
    var carriesPasswords: Bool {
        guard case .approval(let notice) = form else { return false }
        return notice.users.contains { $0.password != nil }
    }
}

extension FieldPath {
    /// Whether the value at this path is a password, which only its own cell of the form may show.
    var isPassword: Bool {
        guard case .key(let key)? = components.last else { return false }
        return InputSecrets.isPasswordKey(key)
    }
}
