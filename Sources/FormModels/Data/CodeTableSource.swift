import Core
import Synchronization

/// Where the 別表 come from: tables already read, or their files, read the first time a form needs them
/// and then kept. Only the application refers to codes, so printing a notice, a withdrawal or a consent
/// form never reads them (their reading was 6 % of a cold `render`'s instructions; docs/performance.md).
public final class CodeTableSource: Sendable {
    private let read: @Sendable () throws(DiagnosticList) -> CodeTables
    private let kept: Mutex<Result<CodeTables, DiagnosticList>?>

    /// Tables already read.
    public init(_ tables: CodeTables) {
        read = { tables }
        kept = Mutex(.success(tables))
    }

    /// Tables that `read` reads when they are first needed; its problems are thrown to every form that needs them.
    public init(reading read: @escaping @Sendable () throws(DiagnosticList) -> CodeTables) {
        self.read = read
        kept = Mutex(nil)
    }

    /// The tables, read now if this is the first time.
    public func tables() throws(DiagnosticList) -> CodeTables {
        let result = kept.withLock { kept in
            if let kept { return kept }
            let result = Result { () throws(DiagnosticList) in try read() }
            kept = result
            return result
        }
        return try result.get()
    }

    /// The tables if the contract refers to a code (`ContractKind.code`), else nil: nothing is read.
    public func tables(for contract: FormContract) throws(DiagnosticList) -> CodeTables? {
        contract.refersToCodes ? try tables() : nil
    }
}
