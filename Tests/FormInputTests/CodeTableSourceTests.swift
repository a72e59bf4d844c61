import Core
import Foundation
import FormInput
import FormModels
import Synchronization
import Testing

/// The 別表 are read only for a form that refers to a code, once, and their problems reach that form only.
@Suite struct CodeTableSourceTests {
    /// Counts how often the tables were read.
    final class Reads: Sendable {
        let count = Mutex(0)
    }

    private func example(_ name: String) throws -> Data {
        try Data(contentsOf: repositoryRoot.appendingPathComponent("Examples/\(name)"))
    }

    @Test func aNoticeWithdrawalOrConsentNeverReadsThem() throws {
        let reads = Reads()
        let decoder = InputDecoder(tables: CodeTableSource { () throws(DiagnosticList) in
            reads.count.withLock { $0 += 1 }
            return shippedTables
        })
        for name in ["approval.yaml", "approval-rejected.yaml", "withdrawal.json", "consent.yaml"] {
            _ = try decoder.decode(data: try example(name))
        }
        #expect(reads.count.withLock { $0 } == 0)
        for _ in 0..<3 { _ = try decoder.decode(data: try example("application.yaml")) }
        #expect(reads.count.withLock { $0 } == 1)
    }

    @Test func theirProblemsReachOnlyTheFormsThatNeedThem() throws {
        let broken = DiagnosticList([Diagnostic(path: .root, problem: .unreadableFile("occupations.yaml"))])
        let decoder = InputDecoder(tables: CodeTableSource { () throws(DiagnosticList) in throw broken })
        _ = try decoder.decode(data: try example("approval.yaml"))
        let application = try example("application.yaml")
        do {
            _ = try decoder.decode(data: application)
            Issue.record("an application decoded without its 別表")
        } catch {
            #expect(error.diagnostics.map(\.problem) == [.unreadableFile("occupations.yaml")])
        }
    }

    @Test func onlyTheApplicationRefersToCodes() {
        #expect(FormKind.allCases.filter { FormContract.of($0).refersToCodes } == [.application])
    }
}
