import Core
import Foundation

/// The two code lists the forms use: 別表1 (施設の種類) and 別表2 (職種).
public struct CodeTables: Sendable, Equatable {
    /// 別表1 施設の種類.
    public let facilityTypes: CodeTable
    /// 別表2 職種.
    public let occupations: CodeTable

    public init(facilityTypes: CodeTable, occupations: CodeTable) {
        self.facilityTypes = facilityTypes
        self.occupations = occupations
    }

    /// Loads `facility-types.yaml` and `occupations.yaml` from a data directory
    /// (the project's is `Templates/data`), reporting the problems of both files together.
    public static func load(from directory: URL) throws(DiagnosticList) -> CodeTables {
        let facilityTypes = Result { () throws(DiagnosticList) in
            try CodeTable.load(from: directory.appendingPathComponent("facility-types.yaml"))
        }
        let occupations = Result { () throws(DiagnosticList) in
            try CodeTable.load(from: directory.appendingPathComponent("occupations.yaml"))
        }
        switch (facilityTypes, occupations) {
        case let (.success(facilityTypes), .success(occupations)):
            return CodeTables(facilityTypes: facilityTypes, occupations: occupations)
        case let (.failure(error), .success), let (.success, .failure(error)):
            throw error
        case let (.failure(first), .failure(second)):
            throw DiagnosticList(first.diagnostics + second.diagnostics)
        }
    }
}
