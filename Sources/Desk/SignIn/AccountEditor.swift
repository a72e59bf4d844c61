import Core
import Foundation

/// `mcs-forms serve --add-user NAME --accounts FILE`: adds an account, or gives it a new password.
///
/// The password is asked twice on the terminal without being shown; from a pipe (a script) it is read
/// once, as the first line. It is hashed with bcrypt before anything is written.
public enum AccountEditor {
    public static func addUser(_ name: String, to file: URL) throws {
        guard Accounts.isName(name) else { throw AccountEditorProblem(problem: .accountNameInvalid(name)) }
        var accounts = FileManager.default.fileExists(atPath: file.path) ? try Accounts(contentsOf: file) : Accounts()
        let password = try readPassword()
        guard Accounts.isStrongEnough(password) else { throw AccountEditorProblem(problem: .accountPasswordTooShort(minimum: Accounts.minimumLength)) }
        accounts.set(name, password: password)
        try accounts.write(to: file)
        print("\(name) を \(file.path) に登録しました")
    }

    private static func readPassword() throws -> String {
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) ?? "" }
        let first = hiddenLine(prompt: "パスワード: ")
        let second = hiddenLine(prompt: "もう一度: ")
        guard first == second else { throw AccountEditorProblem(problem: .accountPasswordsDiffer) }
        return first
    }

    /// A line typed on the terminal with its echo off.
    private static func hiddenLine(prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var settings = termios()
        tcgetattr(STDIN_FILENO, &settings)
        var hidden = settings
        hidden.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}

/// An account that cannot be added, in the catalogue's words.
struct AccountEditorProblem: Error, CustomStringConvertible {
    let problem: Problem
    var description: String { ProblemWording.message(problem) }
}
