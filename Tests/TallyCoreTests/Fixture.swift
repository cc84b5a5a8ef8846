import Foundation
@testable import TallyCore
import TallyYAML

/// Writes a programme and its records to a scratch folder and loads or evaluates them.
struct Fixture {
    let folder: URL
    let programmePath: String

    init(programme: String, records: [String: String] = [:]) throws {
        folder = Scratch.folder("core")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        programmePath = folder.appendingPathComponent("programme.yaml").path
        try Data(programme.utf8).write(to: URL(fileURLWithPath: programmePath))
        for (name, content) in records {
            try Data(content.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    func load() -> LoadedProgramme { LoadedProgramme.load(path: programmePath) }

    /// Evaluates as of `date`, failing loudly when the files are invalid.
    func evaluate(asOf date: String) throws -> ProgrammeResult {
        let loaded = load()
        guard loaded.isValid, let programme = loaded.programme else {
            throw FixtureError.invalid(loaded.diagnostics.items.map { "\($0.location ?? ""): \($0.message)" })
        }
        guard case .day(let day) = ScalarText.date(date) else { throw FixtureError.invalid(["bad date \(date)"]) }
        return Evaluator(programme: programme, records: loaded.records, asOf: day).evaluate()
    }

    /// The status of target `id` as of `date`.
    func status(_ id: String, asOf date: String) throws -> Status {
        try target(id, asOf: date).status
    }

    func target(_ id: String, asOf date: String) throws -> TargetResult {
        guard let result = try evaluate(asOf: date).targets.first(where: { $0.target.id == id }) else {
            throw FixtureError.invalid(["no target \(id)"])
        }
        return result
    }

    /// The error messages of loading, as `line:column: message`.
    func errors() -> [String] {
        load().diagnostics.items.filter { $0.severity == .error }.map { d in
            (d.start.map { "\($0.line):\($0.column): " } ?? "") + d.message
        }
    }

    /// A programme header with `targets` appended, for short tests.
    static func programme(_ targets: String, extra: String = "", period: String = "2024") -> String {
        """
        programme: Test programme
        organisation: Test union
        period: \(period)
        records: [records.yaml]
        \(extra)
        targets:
        \(targets)
        """
    }
}

enum FixtureError: Error, CustomStringConvertible {
    case invalid([String])
    var description: String {
        switch self { case .invalid(let messages): messages.joined(separator: "\n") }
    }
}

/// Diagnostics read in English, as most of these tests check them.
extension Diagnostic {
    var message: String { message(in: .en) }
    var fix: String { fix(in: .en) }
}
