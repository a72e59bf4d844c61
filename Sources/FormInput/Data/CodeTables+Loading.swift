import Core
import Foundation
import FormModels

extension CodeTables {
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

extension CodeTableSource {
    /// `facility-types.yaml` and `occupations.yaml` of a data directory, read when a form first needs them.
    public static func files(in directory: URL) -> CodeTableSource {
        CodeTableSource { () throws(DiagnosticList) in try CodeTables.load(from: directory) }
    }
}
