import Foundation
import Testing
@testable import MCSForms

/// Thousands of mangled batches (CSV, JSON Lines, YAML): shifted columns, stray quotes, values moved
/// between fields, misspelt and run-in `password` keys. After each run, no password of the input or of
/// `passwords.csv` shows in what the batch printed or in any file it wrote but the PDFs and
/// `passwords.csv`, and no notice holds the users of two offices.
@Suite(.serialized) struct BatchLeakFuzzTests {
    /// How many batches; `FUZZ_BATCHES` may ask for more (or fewer while working on the fuzzer).
    static let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_BATCHES"] ?? "") ?? 2000

    static let offices = ["古川診療所", "鳴子薬局", "田尻訪問看護ステーション"]
    static let users: [(office: Int, name: String, mcsId: String, password: String)] = [
        (0, "大崎 一郎", "ichiro@example.jp", "Rk7mPq2vXa9t"), (0, "大崎 二郎", "jiro@example.jp", "Wd4nHs8eKb3y"),
        (1, "鳴子 花子", "hanako@example.jp", "Tz6cMf2uRp9j"), (1, "鳴子 次郎", "tsugio@example.jp", "Hq3vNb8sLd2w"),
        (2, "田尻 三郎", "saburo@example.jp", "Xp9rKt4mWz6c"), (2, "田尻 四郎", "shiro@example.jp", "Gy5tEw7nRb3k"),
    ]
    static var passwords: [String] { users.map(\.password) }
    static let officeOfMcsId = Dictionary(uniqueKeysWithValues: users.map { ($0.mcsId, $0.office) })

    static let csv = "office,representative,applicationDate,decision,date,name,sex,mcsId,password,admin\n" + users.map {
        "\(offices[$0.office]),代表 \($0.office),2026-11-2\($0.office),approved,2026-12-01,\($0.name),男,\($0.mcsId),\($0.password),false"
    }.joined(separator: "\n") + "\n"

    static func notice(_ office: Int, json: Bool) -> String {
        let members = users.filter { $0.office == office }
        if json {
            let list = members.map { #"{"name": "\#($0.name)", "sex": "女", "mcsId": "\#($0.mcsId)", "password": "\#($0.password)", "admin": true}"# }
            return #"{"form": "approval", "date": "2026-12-01", "office": {"name": "\#(offices[office])"}, "representative": "代表 \#(office)", "#
                + #""applicationDate": "2026-11-24", "decision": "approved", "users": [\#(list.joined(separator: ", "))]}"#
        }
        let list = members.map { "  - { name: \"\($0.name)\", sex: 女, mcsId: \($0.mcsId), password: \"\($0.password)\", admin: true }" }
        return "form: approval\ndate: 2026-12-01\noffice: { name: \(offices[office]) }\nrepresentative: 代表 \(office)\n"
            + "applicationDate: 2026-11-24\ndecision: approved\nusers:\n" + list.joined(separator: "\n") + "\n"
    }

    static let inputs: [(name: String, text: String)] = [
        ("in.csv", csv),
        ("in.jsonl", offices.indices.map { notice($0, json: true) }.joined(separator: "\n") + "\n"),
        ("in.yaml", offices.indices.map { notice($0, json: false) }.joined(separator: "---\n")),
    ]

    @Test func mangledBatchesNeverShowAPasswordNorMixOffices() throws {
        let folder = try BatchSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lanes = 2, tally = Tally()
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var mutator = BatchMutator(seed: 9 + UInt64(lane))
            for iteration in stride(from: lane, to: Self.iterations, by: lanes) {
                do {
                    try Self.run(iteration, mutator: &mutator, in: folder.appendingPathComponent("lane-\(lane)"), tally: tally)
                } catch {
                    Issue.record("batch \(iteration): \(error)")
                }
            }
        }
        print("leak fuzz: \(Self.iterations) batches, \(tally.failed) with failed records, \(tally.printed) PDFs, \(tally.readBack) read back")
        #expect(tally.failed > Self.iterations / 4 && tally.printed > Self.iterations / 2, "the mutations try both sides")
    }

    /// One mangled batch, run in-process, and everything it showed and wrote checked.
    static func run(_ iteration: Int, mutator: inout BatchMutator, in folder: URL, tally: Tally) throws {
        let (name, text) = inputs[iteration % inputs.count]
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent(name)
        try mutator.mutate(text, csv: name.hasSuffix(".csv")).write(to: input)
        let out = folder.appendingPathComponent("out-\(iteration)")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = BatchOptions(inputs: [input.path], directory: out)
        options.resources = ResourceLocation(root: Fixtures.root)
        options.generatePasswords = iteration % 2 == 1
        options.merge = iteration % 4 == 3 ? folder.appendingPathComponent("all.pdf") : nil
        options.workers = 1
        var shown: [(String, String)] = []
        do {
            let summary = try BatchRunner.run(options)
            shown.append(("summary", summary.line + "\n" + summary.problems + summary.notes))
            if summary.hasFailures { tally.add(failed: 1) }
        } catch {
            shown.append(("error", "\(error)"))
        }
        let generated = (try? BatchSupport.passwordBook(in: out).map(\.password)) ?? []
        for file in (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        where !file.hasSuffix(".pdf") && file != PasswordBook.fileName {
            shown.append((file, (try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)) ?? ""))
        }
        for (place, text) in shown {
            let leaked = (passwords + generated).filter(text.contains)
            #expect(leaked.isEmpty, "batch \(iteration) (\(name)) shows \(leaked) in \(place):\n\(text)")
        }
        let readBack = iteration % 40 < 2
        let pdfs = try expectOneOfficePerNotice(input: input, iteration: iteration, out: out, readBack: readBack)
        tally.add(printed: pdfs.count, readBack: readBack ? pdfs.count : 0)
    }

    /// Every notice the batch decoded holds the users of one office only; with `readBack`, every PDF it
    /// printed is read back with pdftotext and holds only its own office's MCS IDs. Returns the PDFs.
    static func expectOneOfficePerNotice(input: URL, iteration: Int, out: URL, readBack: Bool) throws -> [String] {
        var book: PasswordBook?
        let records = try BatchReading.read([input.path], passwords: &book, decoder: try Fixtures.decoder(), settings: "").records
        for record in records {
            guard case .approval(let notice)? = record.document?.form else { continue }
            let offices = Set(notice.users.compactMap { officeOfMcsId[$0.mcsId] })
            #expect(offices.count <= 1, "batch \(iteration): a notice of \(notice.office.name ?? "-") holds users of \(offices)")
        }
        let pdfs = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasSuffix(".pdf") }
        if readBack {
            for pdf in pdfs {
                let text = try PDFText(pdf: Data(contentsOf: out.appendingPathComponent(pdf)))
                let offices = Set(users.filter { text.contains($0.mcsId) }.map(\.office))
                #expect(offices.count <= 1, "batch \(iteration): \(pdf) shows users of \(offices)")
            }
        }
        return pdfs
    }
}

/// What the fuzzer's lanes saw, counted under a lock.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var failed = 0, printed = 0, readBack = 0

    func add(failed: Int = 0, printed: Int = 0, readBack: Int = 0) {
        lock.withLock {
            self.failed += failed
            self.printed += printed
            self.readBack += readBack
        }
    }
}
